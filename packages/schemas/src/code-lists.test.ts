import { describe, expect, it } from 'vitest';
import { codeLabel, codeList, codeListNames } from './index.js';

describe('code lists', () => {
  it('has the nine wellbeing areas of Care Act s1(2), in order, with the Act\'s wording', () => {
    const areas = codeList('WellbeingArea');
    expect(areas.map((a) => a.source)).toEqual('abcdefghi'.split('').map((l) => `Care Act 2014 s1(2)(${l})`));
    expect(codeLabel('WellbeingArea', 'domestic-family-and-personal-relationships')).toBe('domestic, family and personal relationships');
  });

  it('has the ten outcomes of the Eligibility Regulations reg 2(2), in order', () => {
    const outcomes = codeList('EligibilityOutcome');
    expect(outcomes).toHaveLength(10);
    expect(outcomes[0]).toEqual({ code: 'managing-and-maintaining-nutrition', label: 'managing and maintaining nutrition', source: 'Eligibility Criteria Regulations 2015 reg 2(2)(a)' });
    expect(outcomes.map((o) => o.source?.slice(-3))).toEqual('abcdefghij'.split('').map((l) => `(${l})`));
  });

  it('has the four areas of substantial difficulty of s67(4) and three verified "unable to achieve" limbs', () => {
    expect(codeList('SubstantialDifficultyArea').map((c) => c.code)).toEqual(['understanding', 'retaining', 'using-or-weighing', 'communicating']);
    expect(codeList('UnableToAchieveLimb')).toHaveLength(3);
  });

  it('gives every list stable kebab-case codes and a label', () => {
    for (const name of codeListNames) {
      const list = codeList(name);
      expect(list.length, name).toBeGreaterThan(1);
      for (const c of list) {
        expect(c.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(c.label.length).toBeGreaterThan(0);
      }
    }
  });

  it('falls back to the code for an unknown one', () => {
    expect(codeLabel('AdviceTopic', 'no-such-code')).toBe('no-such-code');
  });
});
