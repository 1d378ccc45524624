import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FhirError, isFhirError, type FhirErrorCode } from './fhir-error.js';
import type { QuestionnaireResponse, QuestionnaireResponseItem } from './fhir-types.js';
import { fromQuestionnaireResponse } from './from-questionnaire-response.js';
import { toQuestionnaireResponse } from './to-questionnaire-response.js';

const record = JSON.parse(readFileSync(join(import.meta.dirname, '../../../examples/records/assessment/complete-eligible.json'), 'utf8')) as Record<string, unknown>;
const response = toQuestionnaireResponse(record);
const SECRET = 'Mornings after ten are best';

/** The error a call throws: a FhirError with this code, one line, that quotes no record text. */
function thrown(call: () => unknown, code: FhirErrorCode): FhirError {
  let caught: unknown;
  try {
    call();
  } catch (error) {
    caught = error;
  }
  expect(isFhirError(caught), String(caught)).toBe(true);
  const error = caught as FhirError;
  expect(error.code).toBe(code);
  expect(error).toBeInstanceOf(FhirError);
  expect(error.message).not.toMatch(/\n/);
  expect(error.message).not.toContain(SECRET);
  return error;
}

const withItem = (change: (item: QuestionnaireResponseItem) => QuestionnaireResponseItem | QuestionnaireResponseItem[], linkId: string): QuestionnaireResponse => ({
  ...response,
  item: response.item!.flatMap((i) => (i.linkId === linkId ? change(i) : [i])),
});

describe('toQuestionnaireResponse on bad input', () => {
  it('says what is wrong with input that is not a record of a published schema', () => {
    for (const input of [null, 'text', [record], 42]) thrown(() => toQuestionnaireResponse(input), 'not-a-record');
    thrown(() => toQuestionnaireResponse({ id: 'x' }), 'not-a-record');
    thrown(() => toQuestionnaireResponse({ ...record, $schema: 'https://goodday.dev/schemas/assessment/9.0.0.json' }), 'unknown-schema');
    thrown(() => toQuestionnaireResponse({ ...record, $schema: `${String(record.$schema)}|1.1.0` }), 'unknown-schema');
    // A field no item holds, nested deeper than the stack: refused in one line, not a crash.
    let deep: unknown = [];
    for (let i = 0; i < 200_000; i += 1) deep = [deep];
    thrown(() => toQuestionnaireResponse({ ...record, extra: deep }), 'not-a-record');
  });
});

describe('fromQuestionnaireResponse on bad input', () => {
  it('refuses what is not a QuestionnaireResponse to a Good Day Questionnaire', () => {
    for (const input of [null, [], 'QuestionnaireResponse', { resourceType: 'Patient' }]) thrown(() => fromQuestionnaireResponse(input), 'not-a-response');
    thrown(() => fromQuestionnaireResponse({ ...response, questionnaire: 'https://example.org/Questionnaire/phq-9|1' }), 'unknown-questionnaire');
    thrown(() => fromQuestionnaireResponse({ ...response, questionnaire: 'https://goodday.dev/schemas/assessment/1.1.0.json' }), 'unknown-questionnaire');
    thrown(() => fromQuestionnaireResponse({ ...response, item: 'none' }), 'not-a-response');
    thrown(() => fromQuestionnaireResponse({ ...response, item: [{ answer: [] }] }), 'not-a-response');
  });

  it('names the item that is not in the Questionnaire, or not where it is', () => {
    expect(thrown(() => fromQuestionnaireResponse({ ...response, item: [...response.item!, { linkId: '/favouriteColour', answer: [{ valueString: 'blue' }] }] }), 'unknown-item').message).toContain('"/favouriteColour"');
    // A real linkId, in the wrong group.
    thrown(() => fromQuestionnaireResponse(withItem((i) => ({ ...i, item: [...i.item!, { linkId: '/id', answer: [{ valueString: 'x' }] }] }), '/goodDay')), 'unknown-item');
  });

  it('refuses answers that do not fit their item, whatever the record said', () => {
    const cases: QuestionnaireResponse[] = [
      withItem((i) => ({ ...i, answer: [{ valueBoolean: true }] }), '/id'),
      withItem((i) => ({ ...i, answer: [] }), '/id'),
      withItem((i) => [i, i], '/id'),
      withItem((i) => ({ ...i, answer: [...i.answer!, ...i.answer!] }), '/id'),
      withItem((i) => [i, i], '/goodDay'),
      withItem((i) => ({ ...i, answer: [{ valueString: 'x' }] }), '/goodDay'),
      withItem((i) => ({ ...i, answer: [{ valueCoding: { system: 'https://example.org/other', code: 'complete' } }] }), '/status'),
      withItem((i) => ({ ...i, answer: ['complete' as never] }), '/status'),
      { ...response, extension: [{ url: 'https://goodday.dev/fhir/StructureDefinition/unmapped-fields', valueString: '[1, 2]' }] },
      { ...response, extension: [{ url: 'https://goodday.dev/fhir/StructureDefinition/unmapped-fields', valueString: 'not json' }] },
    ];
    for (const bad of cases) thrown(() => fromQuestionnaireResponse(bad), 'wrong-answer');
  });

  it('ignores extensions it does not know, and does not change the response', () => {
    const extended = { ...response, extension: [{ url: 'https://example.org/other', valueString: 'x' }] };
    const copy = structuredClone(extended);
    expect(fromQuestionnaireResponse(extended)).toEqual(record);
    expect(extended).toEqual(copy);
  });
});
