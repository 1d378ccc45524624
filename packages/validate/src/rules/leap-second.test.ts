import { describe, expect, it } from 'vitest';
import { examplesOf } from '../../../../test/examples.js';
import { validate } from '../validate.js';

const findingsOf = (record: unknown) => validate(record).findings.map((f) => `${f.ruleId} ${f.path} ${f.message}`);
const example = (name: string) => structuredClone(examplesOf(name.split('/')[0]!).find((e) => e.name === name)!.record) as Record<string, any>;

// A leap second (23:59:60 UTC) is a valid date-time; the ordering rules once read it as no time at all.
describe('a leap second in the ordering rules', () => {
  it('an eligibility determination at a leap second comes after needs recorded that day', () => {
    const record = example('assessment/complete-eligible.json');
    const before = findingsOf(record);
    record.eligibility.determinedAt = '2026-03-10T23:59:60Z';
    expect(findingsOf(record)).toEqual(before);
    record.eligibility.determinedAt = '2026-03-01T23:59:60Z';
    expect(findingsOf(record).filter((f) => f.startsWith('assessment/needs-before-eligibility')).length).toBeGreaterThan(0);
    expect(findingsOf(record).join('\n')).toContain('1 March 2026');
  });

  it('the functional test at a leap second comes before a later impairment finding, and after an earlier one', () => {
    const record = example('capacity-decision/complete-lacks-capacity-best-interests.json');
    const before = findingsOf(record);
    for (const ability of ['understand', 'retain', 'useOrWeigh', 'communicate']) record.functionalTest[ability].recordedAt = '2026-06-10T23:59:60Z';
    expect(findingsOf(record)).toEqual(before);
    record.impairment.recordedAt = '2026-06-10T23:59:58Z';
    expect(findingsOf(record).some((f) => f.startsWith('capacity-decision/functional-test-first'))).toBe(true);
  });
});
