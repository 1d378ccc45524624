import { describe, expect, it } from 'vitest';
import { example } from '../../test/examples.js';
import type { MappedEvent } from './mapping.js';
import { outcomesAchieved, reviewMapping } from './review.js';

const eventOf = (record: Record<string, unknown>): MappedEvent => {
  const mapped = reviewMapping.events(record, '1.0.0');
  if (!('events' in mapped)) throw new Error(`skipped: ${mapped.skipped}`);
  return mapped.events[0]!;
};

describe('review → Review event', () => {
  it('a planned first review: reason, method, outcomes and No change in package, completed when decided', () => {
    const event = eventOf(example('review', 'complete-first-review'));
    expect(event).toMatchObject({ id: 'REV-2026-00031', eventType: 'Review', periodRule: 'completed', start: '2026-07-14', end: '2026-07-14' });
    expect(event.fields).toEqual({ Event_Outcome: 'No change in package', Review_Reason: 'Planned', Review_Outcomes_Achieved: 'Partially Met', Method_of_Review: 'Service user only' });
  });

  it('an unplanned review after hospital that arranges a reassessment', () => {
    expect(eventOf(example('review', 'complete-unplanned-after-hospital')).fields).toMatchObject({ Event_Outcome: 'Progress to Re-assessment / Unplanned Review', Review_Reason: 'Unplanned - Hospital' });
  });

  it('an annual review that revises the plan, with the carer taking part', () => {
    expect(eventOf(example('review', 'complete-annual-review-plan-revised')).fields).toMatchObject({ Event_Outcome: 'Progress to Support Planning / Services', Method_of_Review: 'Service user and carer' });
  });

  it('method from who took part when none is recorded: the carer did, did not, or there is none', () => {
    const record = example('review', 'complete-annual-review-plan-revised');
    delete record.method;
    expect(eventOf(record).fields.Method_of_Review).toBe('Service user and carer');
    record.carer.tookPart = false;
    expect(eventOf(record).fields.Method_of_Review).toBe('Service user only');
    record.carer = { hasCarer: false, recordedAt: record.carer.recordedAt };
    expect(eventOf(record).fields.Method_of_Review).toBe('Service user only');
    delete record.carer;
    expect(eventOf(record).fields.Method_of_Review).toEqual({ notHeld: 'individual-level' });
  });

  it('reason: Planned from the review’s type when no reason is recorded; unplanned without a reason is not held', () => {
    const record = example('review', 'complete-first-review');
    delete record.reviewReason;
    expect(eventOf(record).fields.Review_Reason).toBe('Planned');
    record.reviewType = 'unplanned';
    expect(eventOf(record).fields.Review_Reason).toEqual({ notHeld: 'individual-level' });
  });

  it.each(['constructor', '__proto__', 'toString', 'something-else'])('a result of %j is no known outcome: not held, and no throw (it was one)', (outcome) => {
    const record = example('review', 'complete-first-review');
    record.result.outcome = outcome;
    expect(eventOf(record).fields.Event_Outcome).toEqual({ notHeld: 'individual-level' });
  });

  it('completed at the review conversation when no decision time is recorded; with neither, no event', () => {
    const record = example('review', 'complete-first-review');
    delete record.result;
    expect(eventOf(record)).toMatchObject({ end: '2026-07-14', fields: { Event_Outcome: { notHeld: 'individual-level' } } });
    delete record.reviewedAt;
    expect(reviewMapping.events(record, '1.0.0')).toEqual({ skipped: 'complete but no completion date' });
  });
});

describe('outcomes achieved, by the specification’s rule', () => {
  it.each([
    [['fully-met', 'fully-met'], 'Fully Met'],
    [['fully-met'], 'Fully Met'],
    [['fully-met', 'not-met'], 'Partially Met'],
    [['partially-met', 'not-met'], 'Partially Met'],
    [['not-met', 'partially-met', undefined], 'Partially Met'],
    [['not-met', 'not-met'], 'Not Met'],
  ])('%j → %s', (met, label) => {
    expect(outcomesAchieved(met)).toBe(label);
  });

  it.each([[[]], [[undefined]], [['fully-met', undefined]], [['not-met', undefined]]])('%j: not held, as a goal with no result could change it', (met) => {
    expect(outcomesAchieved(met)).toEqual({ notHeld: 'individual-level' });
  });
});
