import { describe, expect, it } from 'vitest';
import { emptySummary, isSummary, merge, READING_EASE_BANDS } from './summary.js';

const summaryText = (rules: string) =>
  `{"format":"goodday-audit-summary/1","records":1,"byKind":{"constructor":{"__proto__":{"toString":1}}},"rules":${rules},"safeguarding":{"asked":{"__proto__":1},"achieved":{},"riskOutcome":{}},"language":{"findings":{"constructor":2},"readingEase":[0,0,0,0,0,0,0],"textsScored":0},"unusableCount":0,"unusable":[]}`;

describe('merging summaries read from files', () => {
  it('keeps "__proto__" and "constructor" keys as entries of their own: they reached Object.prototype (every object had "applied")', () => {
    const forged = JSON.parse(summaryText('{"__proto__":{"applied":1,"passed":1,"failed":0},"constructor":{"applied":2,"passed":1,"failed":1}}'));
    expect(isSummary(forged)).toBe(true);
    const merged = merge(forged, forged);
    expect(({} as { applied?: unknown }).applied).toBeUndefined();
    expect((Object as unknown as { applied?: unknown }).applied).toBeUndefined();
    expect(Object.getPrototypeOf(merged.rules)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(merged.rules, '__proto__')?.value).toEqual({ applied: 2, passed: 2, failed: 0 });
    expect(Object.getOwnPropertyDescriptor(merged.rules, 'constructor')?.value).toEqual({ applied: 4, passed: 2, failed: 2 });
    expect(Object.getOwnPropertyDescriptor(merged.byKind['constructor']!, '__proto__')?.value).toEqual({ toString: 2 });
    expect(Object.getOwnPropertyDescriptor(merged.safeguarding.asked, '__proto__')?.value).toBe(2);
    expect(merged.language.findings['constructor']).toBe(4);
  });

  it('takes only a whole summary, every count a whole number: a file that only claimed the format stopped the merge with an internal error', () => {
    expect(isSummary(emptySummary())).toBe(true);
    const whole = JSON.parse(summaryText('{}'));
    expect(isSummary(whole)).toBe(true);
    const broken: Record<string, unknown>[] = [
      { format: 'goodday-audit-summary/1', records: 1 },
      { ...whole, byKind: [] },
      { ...whole, rules: 'x' },
      { ...whole, rules: { a: { applied: '1', passed: 0, failed: 0 } } },
      { ...whole, rules: { a: { applied: 1, passed: 0, failed: 1, examples: [{ file: 1 }] } } },
      { ...whole, safeguarding: null },
      { ...whole, review: { goals: { 'not-met': -1 } } },
      { ...whole, carers: { unableToAchieve: { 'managing-and-maintaining-nutrition': 0.5 } } },
      { ...whole, language: { ...whole.language, readingEase: READING_EASE_BANDS.slice(1).map(() => 0) } },
      { ...whole, records: -1 },
      { ...whole, unusableCount: 1.5 },
      { ...whole, unusable: {} },
      { ...whole, unusable: [{ file: 'x' }] },
    ];
    for (const b of broken) expect(isSummary(b), JSON.stringify(b).slice(0, 120)).toBe(false);
  });

  it('reads and merges a summary saved before reviews were counted, as having no review goals', () => {
    const { review: _, ...older } = JSON.parse(summaryText('{}'));
    expect(isSummary(older)).toBe(true);
    const counted = emptySummary();
    counted.review.goals['not-met'] = 2;
    expect(merge(older, counted).review.goals).toEqual({ 'not-met': 2 });
  });

  it("reads and merges a summary saved before carers' assessments were counted, as having no carer outcomes", () => {
    const { carers: _, ...older } = JSON.parse(summaryText('{}'));
    expect(isSummary(older)).toBe(true);
    const counted = emptySummary();
    counted.carers.unableToAchieve['engaging-in-recreational-activities'] = 3;
    expect(merge(older, counted).carers.unableToAchieve).toEqual({ 'engaging-in-recreational-activities': 3 });
    expect(merge(counted, older).carers.unableToAchieve).toEqual({ 'engaging-in-recreational-activities': 3 });
  });

  it('takes only a summary of the size an audit writes, so a forged one cannot make a merge or a report grow without end', () => {
    const whole = JSON.parse(summaryText('{}'));
    const manyRules = Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`rule-${i}`, { applied: 1, passed: 1, failed: 0 }]));
    const example = { id: 'a', file: 'x.json' };
    const oversized: Record<string, unknown>[] = [
      { ...whole, rules: manyRules },
      { ...whole, rules: { a: { applied: 11, passed: 0, failed: 11, examples: Array.from({ length: 11 }, () => example) } } },
      { ...whole, rules: { a: { applied: 1, passed: 0, failed: 1, examples: [{ ...example, message: 'x'.repeat(4097) }] } } },
      { ...whole, rules: { ['r'.repeat(4097)]: { applied: 1, passed: 1, failed: 0 } } },
      { ...whole, unusable: Array.from({ length: 101 }, () => ({ file: 'x.json', reason: 'not valid JSON' })) },
      { ...whole, unusable: [{ file: 'x'.repeat(4097), reason: 'not valid JSON' }] },
    ];
    for (const b of oversized) expect(isSummary(b)).toBe(false);
    expect(isSummary({ ...whole, rules: Object.fromEntries(Object.entries(manyRules).slice(0, 10_000)) })).toBe(true);
  });
});
