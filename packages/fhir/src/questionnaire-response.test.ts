import fc from 'fast-check';
import { validate } from '@goodday/validate';
import { describe, expect, it } from 'vitest';
import { allExamples } from '../../../test/examples.js';
import { arbitraryRecord } from '../../schemas/test/record-arbitrary.js';
import { nonConformance } from '../test/conforms.js';
import { fhirJsonSchema, medplumIssues } from '../test/fhir-validators.js';
import type { QuestionnaireResponse } from './fhir-types.js';
import { questionnaires } from './generated/index.js';
import { questionnaireFor } from './questionnaire.js';
import { toQuestionnaireResponse } from './to-questionnaire-response.js';

const records = allExamples().filter((e) => !validate(e.record, { rules: false, language: false }).findings.some((f) => f.ruleId.startsWith('structure/')));

/** Every problem the three checks find: the FHIR JSON Schema, @medplum/core, and conformance to the Questionnaire. */
function problems(response: QuestionnaireResponse): string[] {
  const check = fhirJsonSchema().response;
  const schema = check(response) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  return [...schema, ...medplumIssues(response), ...nonConformance(response, questionnaireFor(response.questionnaire)!)];
}

describe('the QuestionnaireResponses', () => {
  it('of every valid example are valid FHIR R4 and answer their Questionnaire', () => {
    for (const example of records) expect(problems(toQuestionnaireResponse(example.record)), example.name).toEqual([]);
  });

  it('of generated records of every kind and version are valid FHIR R4 and answer their Questionnaire (property test)', () => {
    fc.assert(
      fc.property(fc.oneof(...questionnaires.map((q) => arbitraryRecord(q.questionnaire.url))), (record) => {
        expect(problems(toQuestionnaireResponse(record))).toEqual([]);
      }),
      { numRuns: 100, seed: 21 },
    );
  }, 60_000);

  it('are told apart from ones that do not answer their Questionnaire', () => {
    const response = toQuestionnaireResponse(records.find((e) => e.name === 'assessment/complete-eligible.json')!.record);
    const goodDay = response.item!.find((i) => i.linkId === '/goodDay')!;
    const wrong: QuestionnaireResponse = {
      ...response,
      item: [...response.item!.filter((i) => i !== goodDay && i.linkId !== '/id'), { ...goodDay, item: goodDay.item!.map((i) => (i.linkId === '/goodDay/describedBy' ? { ...i, answer: [{ valueCoding: { system: 'x', code: 'nobody' } }] } : i)) }, { linkId: '/nowhere', answer: [{ valueBoolean: true }] }],
    };
    expect(nonConformance(wrong, questionnaireFor(response.questionnaire)!)).toEqual(['/goodDay/describedBy: a code not in #described-by', '/nowhere is not an item inside the response', '/id is required inside the response, and missing']);
    expect(fhirJsonSchema().response({ ...response, status: 'done' })).toBe(false);
    expect(medplumIssues({ ...response, item: [{ answer: [{ valueString: 'x' }] }] }).length).toBeGreaterThan(0);
  });

  it('say completed for a finished record and in-progress for a draft, and name the record by its id', () => {
    const complete = toQuestionnaireResponse(records.find((e) => e.name === 'assessment/complete-eligible.json')!.record);
    const draft = toQuestionnaireResponse(records.find((e) => e.name === 'assessment/draft.json')!.record);
    expect([complete.status, draft.status]).toEqual(['completed', 'in-progress']);
    expect(draft.identifier?.value).toBe('ASM-2026-00071');
    expect(draft.questionnaire).toBe('https://goodday.dev/schemas/assessment/1.1.0.json|1.1.0');
  });
});
