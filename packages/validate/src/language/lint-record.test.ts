import { describe, expect, it } from 'vitest';
import { completeAssessment } from '../../test/assessment-fixture.js';
import { lacksCapacityDecision } from '../../test/capacity-decision-fixture.js';
import { completePlan } from '../../test/support-plan-fixture.js';
import { readabilityOf } from '@goodday/language';
import { getSchemaById } from '@goodday/schemas';
import { forEachPractitionerText, validate } from '../validate.js';
import { practitionerTextFields } from './text-fields.js';

const language = (record: unknown, options = {}) => validate(record, options).findings.filter((f) => f.ruleId.startsWith('language/'));

describe('language findings in validate', () => {
  it('lint practitioners\' free text, as warnings that keep the record valid', () => {
    const plan = completePlan();
    plan.needsToBeMet![0]!.arrangements![1]!.what = 'A care worker helps her bathe, as she is wheelchair-bound.';
    const report = validate(plan);
    expect(report.valid).toBe(true);
    expect(report.findings).toEqual([
      {
        ruleId: 'language/wheelchair-bound',
        severity: 'warning',
        path: '/needsToBeMet/0/arrangements/1/what',
        message: expect.stringContaining('"wheelchair-bound"'),
        source: expect.stringContaining('National Center on Disability and Journalism'),
      },
    ]);
  });

  it('never lint the person\'s own words', () => {
    const plan = completePlan();
    plan.goals![0]!.inPersonsWords!.text = 'I know I wander, but I want a proper bath again.';
    plan.risks![0]!.personsView!.text = 'I refuse to be treated like I\'m senile.';
    expect(language(plan)).toEqual([]);
  });

  it('lint the practitioner\'s notes in every kind', () => {
    const decision = lacksCapacityDecision();
    decision.reasonToDoubt!.text = 'She has been wandering on the ward and is non-compliant with her tablets.';
    expect(language(decision).map((f) => [f.ruleId, f.path])).toEqual([
      ['language/wandering', '/reasonToDoubt/text'],
      ['language/non-compliant', '/reasonToDoubt/text'],
    ]);
  });

  it('can be switched off, or told to skip entries', () => {
    const assessment = completeAssessment();
    assessment.needs![0]!.practitionerDescription = { text: 'Toileting at night is hard; the MDT agreed a commode.', recordedAt: assessment.needs![0]!.inPersonsWords!.recordedAt };
    expect(language(assessment).map((f) => f.ruleId)).toEqual(['language/toileting', 'language/mdt']);
    expect(language(assessment, { language: false })).toEqual([]);
    expect(language(assessment, { language: { disable: ['mdt'] } }).map((f) => f.ruleId)).toEqual(['language/toileting']);
  });

  it('find the free-text fields from the schema, without the person\'s words', () => {
    const fields = practitionerTextFields(getSchemaById, 'https://goodday.dev/schemas/support-plan/1.0.0.json').map((p) => p.join('/'));
    expect(fields).toContain('needsToBeMet/*/arrangements/*/what');
    expect(fields).toContain('contingency/text');
    expect(fields).not.toContain('goals/*/inPersonsWords/text');
    expect(fields.some((f) => f.includes('personsView'))).toBe(false);
  });

  it('score the practitioners\' text as one when asked, with the linter on or off, and leave the findings as they were', () => {
    const plan = completePlan();
    plan.needsToBeMet![0]!.arrangements![1]!.what = 'A care worker helps her bathe, as she is wheelchair-bound';
    const texts: string[] = [];
    forEachPractitionerText(plan, (text) => texts.push(text));
    const expected = readabilityOf(texts.map((t) => (/[.!?]\s*$/.test(t) ? t : `${t}.`)).join('\n'));
    expect(expected.words).toBeGreaterThan(20);
    const scored = validate(plan, { readability: true });
    expect(scored.readability).toEqual(expected);
    expect(scored.findings).toEqual(validate(plan).findings);
    expect(validate(plan, { readability: true, language: false }).readability).toEqual(expected);
    expect(validate(plan).readability).toBeUndefined();
  });
});
