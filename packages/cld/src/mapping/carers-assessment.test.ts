import { describe, expect, it } from 'vitest';
import { carersAssessment, example } from '../../test/examples.js';
import { carersAssessmentMapping } from './carers-assessment.js';

const eventOf = (record: Record<string, unknown>) => {
  const mapped = carersAssessmentMapping.events(record, '1.0.0');
  if (!('events' in mapped)) throw new Error(`skipped: ${mapped.skipped}`);
  return mapped.events[0]!;
};

describe('carer’s assessment → Assessment event for a Carer', () => {
  it('eligible under reg 3 and wanting support: Long Term, Progress to Support Planning / Services', () => {
    expect(eventOf(carersAssessment())).toMatchObject({ id: 'CA-2026-00012', eventType: 'Assessment', clientType: 'Carer', start: '2026-04-08', end: '2026-04-22', fields: { Assessment_Type: 'Long Term Assessment', Event_Outcome: 'Progress to Support Planning / Services' } });
  });

  it('not eligible, with advice: NFA - Information & Advice / Signposting only', () => {
    const record = carersAssessment();
    record.eligibility = { determinedAt: '2026-04-22T14:00:00Z', eligible: false };
    record.advice = [{ topic: 'preventing-or-delaying-needs', text: 'The carers’ centre runs a Tuesday group.', givenAt: '2026-04-22T14:30:00Z' }];
    expect(eventOf(record).fields.Event_Outcome).toBe('NFA - Information & Advice / Signposting only');
  });

  it('reads the example carers: each complete one is a Long Term Assessment of a Carer, under the carer\u2019s reference; the draft gives no event', () => {
    for (const name of ['complete-daughter-working-full-time', 'complete-husband-caring-for-wife', 'complete-young-adult-with-brother-at-home']) {
      const record = example('carers-assessment', name);
      expect(eventOf(record), name).toMatchObject({ eventType: 'Assessment', clientType: 'Carer', fields: { Assessment_Type: 'Long Term Assessment' } });
      expect(carersAssessmentMapping.personRef!(record), name).toBe(record.carer.personRef);
    }
    expect('events' in carersAssessmentMapping.events(example('carers-assessment', 'draft'), '1.0.0')).toBe(false);
  });

  it('the carer’s own reference is the person reference', () => {
    expect(carersAssessmentMapping.personRef!(carersAssessment())).toBe('P-200118');
  });
});
