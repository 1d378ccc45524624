import fc from 'fast-check';
import { recordKinds } from '@goodday/schemas';
import { validate } from '@goodday/validate';
import { describe, expect, it } from 'vitest';
import { allExamples } from '../../../test/examples.js';
import { arbitraryRecord } from '../../schemas/test/record-arbitrary.js';
import { UNMAPPED_EXTENSION } from './extensions.js';
import { fromQuestionnaireResponse } from './from-questionnaire-response.js';
import { questionnaires } from './generated/index.js';
import { toQuestionnaireResponse } from './to-questionnaire-response.js';

// Records of a published schema: the examples with no structural finding (rule findings are fine: they are still records).
const records = allExamples().filter((e) => !validate(e.record, { rules: false, language: false }).findings.some((f) => f.ruleId.startsWith('structure/')));

/** Every value a response carries in the unmapped-fields extension rather than as answers. */
const unmappedIn = (value: unknown): unknown[] => {
  if (Array.isArray(value)) return value.flatMap(unmappedIn);
  if (value === null || typeof value !== 'object') return [];
  const node = value as Record<string, unknown>;
  if (node.url === UNMAPPED_EXTENSION) return Object.values(JSON.parse(String(node.valueString)) as object);
  return Object.values(node).flatMap(unmappedIn);
};

describe('toQuestionnaireResponse and fromQuestionnaireResponse', () => {
  it('have valid examples of every kind, in both example folders, to work on', () => {
    expect(new Set(records.map((e) => e.kind))).toEqual(new Set(recordKinds));
    expect(records.some((e) => e.name.startsWith('records-1.0.0/'))).toBe(true);
  });

  it('round-trip every valid example exactly, each value in a typed answer (the extension holds empty lists alone)', () => {
    for (const example of records) {
      const before = structuredClone(example.record);
      const response = toQuestionnaireResponse(example.record);
      expect(example.record, example.name).toEqual(before);
      for (const value of unmappedIn(response)) expect(value, example.name).toEqual([]);
      const frozen = structuredClone(response);
      expect(fromQuestionnaireResponse(response), example.name).toEqual(example.record);
      expect(response).toEqual(frozen);
    }
  });

  it('round-trip generated records of every kind and version (property test)', () => {
    const arbitraries = questionnaires.map((q) => arbitraryRecord(q.questionnaire.url));
    fc.assert(
      fc.property(fc.oneof(...arbitraries), (record) => {
        const response = toQuestionnaireResponse(record);
        expect(fromQuestionnaireResponse(JSON.parse(JSON.stringify(response)))).toEqual(record);
      }),
      { numRuns: 300, seed: 20 },
    );
  }, 60_000);
});
