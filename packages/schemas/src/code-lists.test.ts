import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeLabel, codeList, codeListNames, type CodeListName } from './index.js';

/** The Safeguarding Adults Collection's allowed values, by item, read from the reference table kept beside the tests. */
function collectionValues(): Map<string, string[]> {
  const table = readFileSync(join(import.meta.dirname, '../test/reference/safeguarding-adults-collection.md'), 'utf8');
  const values = new Map<string, string[]>();
  for (const line of table.split('\n').filter((l) => /^\| (\*\*)?SG/.test(l))) {
    const [, , item, allowed] = line.split('|').map((cell) => cell.trim());
    const name = item!.replace(/\*\*/g, '').replace(/\s*\(.*$/, '');
    // The researcher's notes are in [brackets] or after a dash; the collection's values are the rest.
    const list = allowed!.split(' — ')[0]!.split(';').map((v) => v.replace(/\[.*?\]/g, '').trim());
    values.set(name, list);
  }
  return values;
}

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

  it('has the four areas of substantial difficulty of s67(4) and the four "unable to achieve" limbs of reg 2(3) (three before common 1.2.0)', () => {
    expect(codeList('SubstantialDifficultyArea').map((c) => c.code)).toEqual(['understanding', 'retaining', 'using-or-weighing', 'communicating']);
    expect(codeList('UnableToAchieveLimb').map((c) => c.source?.slice(-3))).toEqual(['(a)', '(b)', '(c)', '(d)']);
    expect(codeList('UnableToAchieveLimb').at(-1)).toMatchObject({ code: 'takes-significantly-longer', label: 'is able to achieve it without assistance but takes significantly longer than would normally be expected' });
    expect(codeList('UnableToAchieveLimb', '1.1.0')).toHaveLength(3);
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

describe('the Safeguarding Adults Collection code lists', () => {
  const collection = collectionValues();
  it.each<[CodeListName, string]>([
    ['RiskType', 'Type of risk'],
    ['RiskLocation', 'Location of risk'],
    ['RiskSource', 'Source of risk'],
    ['RiskAssessmentOutcome', 'Risk assessment outcome'],
    ['RiskOutcome', 'Risk outcome'],
    ['LackedCapacity', 'Did the individual lack capacity?'],
    ['AskedAboutOutcomes', 'MSP: asked about desired outcomes'],
    ['OutcomeAchieved', 'MSP: extent expressed outcomes achieved'],
  ])('%s has the collection\'s labels for "%s", word for word and in order', (name, item) => {
    const expected = collection.get(item);
    expect(expected, `the reference has no item "${item}"`).toBeDefined();
    expect(codeList(name).map((c) => c.label)).toEqual(expected);
  });

  it('names the collection\'s table as the source of every code', () => {
    for (const name of ['RiskType', 'RiskLocation', 'RiskSource', 'RiskAssessmentOutcome', 'RiskOutcome', 'LackedCapacity', 'AskedAboutOutcomes', 'OutcomeAchieved'] as const) {
      for (const c of codeList(name)) expect(c.source, `${name} ${c.code}`).toMatch(/^NHS England Safeguarding Adults Collection SG\d[a-z]/);
    }
  });

  it('has the three conditions of Care Act s42(1), in order', () => {
    expect(codeList('S42Condition').map((c) => c.source)).toEqual(['a', 'b', 'c'].map((l) => `Care Act 2014 s42(1)(${l})`));
    expect(codeLabel('S42Condition', 'experiencing-or-at-risk-of-abuse-or-neglect')).toBe('is experiencing, or is at risk of, abuse or neglect');
  });

  it('keeps the 1.0.0 lists unchanged in common 1.1.0', () => {
    for (const name of ['WellbeingArea', 'EligibilityOutcome', 'UnableToAchieveLimb', 'SubstantialDifficultyArea', 'AdvocacyType', 'AdviceTopic', 'DescribedBy'] as const) {
      expect(codeList(name, '1.1.0')).toEqual(codeList(name, '1.0.0'));
    }
  });
});
