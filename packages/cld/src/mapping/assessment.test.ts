import { describe, expect, it } from 'vitest';
import { example } from '../../test/examples.js';
import { assessmentMapping } from './assessment.js';
import type { MappedEvent } from './mapping.js';

const eventOf = (record: Record<string, unknown>, version = '1.1.0'): MappedEvent => {
  const mapped = assessmentMapping.events(record, version);
  if (!('events' in mapped)) throw new Error(`skipped: ${mapped.skipped}`);
  expect(mapped.events).toHaveLength(1);
  return mapped.events[0]!;
};

describe('assessment → Assessment event', () => {
  it('eligible, wanting the council to meet the needs: Long Term, Progress to Support Planning / Services, dated by its own stamps', () => {
    const event = eventOf(example('assessment', 'complete-eligible'));
    expect(event).toMatchObject({ id: 'ASM-2026-00042', eventType: 'Assessment', clientType: 'Service User', periodRule: 'completed', start: '2026-03-02', end: '2026-03-10' });
    expect(event.fields).toEqual({ Assessment_Type: 'Long Term Assessment', Event_Outcome: 'Progress to Support Planning / Services' });
  });

  it('not eligible, with advice: Long Term (eligibility was determined), NFA - Information & Advice / Signposting only', () => {
    expect(eventOf(example('assessment', 'complete-not-eligible')).fields).toEqual({ Assessment_Type: 'Long Term Assessment', Event_Outcome: 'NFA - Information & Advice / Signposting only' });
  });

  it('eligible but not wanting the council to meet the needs: NFA - Support declined', () => {
    const record = example('assessment', 'complete-eligible');
    record.eligibility.wantsCouncilToMeetNeeds.agreed = false;
    expect(eventOf(record).fields.Event_Outcome).toBe('NFA - Support declined');
  });

  it('eligible with no answer on meeting the needs: not held, at Individual Level in 1.1.0 and System Level in 1.0.0 (which cannot say)', () => {
    const record = example('assessment', 'complete-eligible');
    delete record.eligibility.wantsCouncilToMeetNeeds;
    expect(eventOf(record).fields.Event_Outcome).toEqual({ notHeld: 'individual-level' });
    expect(eventOf(record, '1.0.0').fields.Event_Outcome).toEqual({ notHeld: 'system-level' });
  });

  it('not eligible and no advice recorded: the outcome is not held, never guessed', () => {
    const record = example('assessment', 'complete-not-eligible');
    delete record.advice;
    expect(eventOf(record).fields.Event_Outcome).toEqual({ notHeld: 'individual-level' });
  });

  it('no eligibility determination: Short Term', () => {
    const record = example('assessment', 'complete-eligible');
    delete record.eligibility;
    expect(eventOf(record).fields).toEqual({ Assessment_Type: 'Short Term Assessment', Event_Outcome: { notHeld: 'individual-level' } });
  });

  it('completed when eligibility was determined, if no completion time is recorded; with neither, no event', () => {
    const record = example('assessment', 'complete-eligible');
    delete record.completedAt;
    expect(eventOf(record).end).toBe(record.eligibility.determinedAt.slice(0, 10));
    delete record.eligibility;
    expect(assessmentMapping.events(record, '1.1.0')).toEqual({ skipped: 'complete but no completion date' });
  });

  it('a start time that is not a date is not held', () => {
    const record = example('assessment', 'complete-eligible');
    record.startedAt = '2026-02-30T10:00:00Z';
    expect(eventOf(record).start).toEqual({ notHeld: 'individual-level' });
  });
});
