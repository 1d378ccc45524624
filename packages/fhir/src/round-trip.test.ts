import fc from 'fast-check';
import { recordKinds } from '@goodday/schemas';
import { validate } from '@goodday/validate';
import { describe, expect, it } from 'vitest';
import { allExamples } from '../../../test/examples.js';
import { arbitraryRecord } from '../../schemas/test/record-arbitrary.js';
import { fhirJsonSchema } from '../test/fhir-validators.js';
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

  it('round-trip what the Questionnaire cannot type, through the unmapped-fields extension, and stay valid FHIR', () => {
    // Values no item holds: a field the schema lacks, a value of the wrong type, an empty string, white space FHIR
    // strings refuse, a date FHIR does not accept, a code not in the list, and a field named like a prototype.
    const odd = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom('', 'a\u00a0b', '\u2028', '2026-03-03 10:00:00+0100', '0000-01-01', 'not-a-code', null, [], {}, [[1], { a: [] }]),
    );
    const key = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'text', 'recordedAt', 'status', 'areas', 'a/b~c'), fc.string({ maxLength: 6 }));
    const arbitraries = questionnaires.map((q) => arbitraryRecord(q.questionnaire.url));
    const check = fhirJsonSchema().response;
    fc.assert(
      fc.property(fc.oneof(...arbitraries), fc.array(fc.tuple(fc.nat(), key, odd), { minLength: 1, maxLength: 4 }), (record, changes) => {
        const changed = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
        for (const [at, name, value] of changes) {
          const objects: Record<string, unknown>[] = [];
          const collect = (v: unknown) => {
            if (Array.isArray(v)) v.forEach(collect);
            else if (v !== null && typeof v === 'object') {
              objects.push(v as Record<string, unknown>);
              Object.values(v).forEach(collect);
            }
          };
          collect(changed);
          const target = objects[at % objects.length]!;
          if (target === changed && name === '$schema') continue;
          Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
        }
        const text = JSON.stringify(changed);
        const response = toQuestionnaireResponse(changed);
        expect(JSON.stringify(changed)).toBe(text);
        expect(check(response), JSON.stringify(check.errors?.slice(0, 2))).toBe(true);
        expect(fromQuestionnaireResponse(JSON.parse(JSON.stringify(response)))).toEqual(JSON.parse(text));
      }),
      { numRuns: 300, seed: 22 },
    );
  }, 60_000);
});
