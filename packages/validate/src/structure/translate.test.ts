import { describe, expect, it } from 'vitest';
import { completeAssessment } from '../../test/assessment-fixture.js';
import { allExamples } from '../../../../test/examples.js';
import { pointer, segments as segmentsOf } from '../json-pointer.js';
import { validate } from '../validate.js';
import { missingField } from './translate.js';

const messages = (record: unknown) => validate(record).findings.map((f) => [f.ruleId, f.path, f.message]);

describe('structural findings', () => {
  it('name a missing field with its plain title and say to add it', () => {
    const record = completeAssessment();
    delete (record.needs![0]!.inPersonsWords as { text?: string }).text;
    expect(messages(record)).toEqual([
      ['structure/required', '/needs/0/inPersonsWords', 'needs[0].inPersonsWords has no text (their words): add it.'],
    ]);
  });

  it("name no unknown field found inside someone's words, nor one shaped like text", () => {
    const record = completeAssessment();
    (record.goodDay as unknown as Record<string, unknown>).Margaret = 'x';
    (record as unknown as Record<string, unknown>)['I was so scared that night'] = 'x';
    const shown = messages(record).map(([, , message]) => message);
    expect(shown).toHaveLength(2);
    for (const message of shown) {
      expect(message).toMatch(/has a field the schema does not define \(its name is not shown, as it may be someone's words\): remove it or correct its name\.$/);
      expect(message).not.toMatch(/Margaret|scared/);
    }
  });

  it('report a wrong code once, listing the codes to use', () => {
    const record = completeAssessment();
    (record.needs![0]!.inPersonsWords as { describedBy: string }).describedBy = 'social worker';
    expect(messages(record)).toEqual([
      ['structure/enum', '/needs/0/inPersonsWords/describedBy', 'needs[0].inPersonsWords.describedBy is not one of the allowed codes: use one of person, person-with-support, representative.'],
    ]);
  });

  it('explain dates, unknown fields, types and empty text', () => {
    const record = { ...completeAssessment(), goodDay: { text: '', describedBy: 'person', recordedAt: '3rd March' }, colour: 'blue', strengths: 'many' };
    expect(messages(record)).toEqual(
      expect.arrayContaining([
        ['structure/additionalProperties', '', 'The record has a field the schema does not define, "colour": remove it or correct its name.'],
        ['structure/minLength', '/goodDay/text', 'goodDay.text is empty: write something, or leave the field out.'],
        ['structure/format', '/goodDay/recordedAt', 'goodDay.recordedAt is not a date and time: write it in ISO 8601 with a time zone, for example 2026-03-03T10:30:00Z.'],
        ['structure/type', '/strengths', 'strengths should be a list: change its value.'],
      ]),
    );
  });

  it('never pass on raw ajv wording', () => {
    const record = { ...completeAssessment(), status: 'x', id: '', needs: [{}], network: [{ id: '!!' }] };
    for (const [, , message] of messages(record)) {
      expect(message).not.toMatch(/must (be|have|match|NOT)|should match|oneOf|allowedValue/);
      expect(message).toMatch(/: .+\.$/);
    }
  });

  it('keep hostile field names short', () => {
    const record = { ...completeAssessment(), ['x'.repeat(5000)]: 1 };
    const [finding] = validate(record).findings;
    expect(finding!.message.length).toBeLessThan(200);
  });
});

describe('missingField', () => {
  // Every object of every example with one field taken away: each missing-field finding names exactly that field.
  it('reads back the field each structure/required finding is about, in every example', () => {
    let checked = 0;
    for (const { name, record } of allExamples().filter((e) => validate(e.record).valid)) {
      const visit = (node: unknown, segments: (string | number)[]): void => {
        if (node === null || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach((item, i) => visit(item, [...segments, i]));
        for (const key of Object.keys(node)) {
          if (segments.length === 0 && key === '$schema') continue; // without it the record is not identified at all
          const copy = structuredClone(record);
          const parent = segments.reduce<any>((at, s) => at[s], copy);
          delete parent[key];
          const missing = validate(copy).findings.filter((f) => f.ruleId === 'structure/required');
          // A field taken away may also make another one required (a condition on it): each must be read back as absent.
          for (const f of missing) {
            const field = missingField(f);
            const at = segmentsOf(f.path).reduce<any>((o, s) => o?.[s], copy);
            expect([name, f.path, field !== undefined && at !== null && typeof at === 'object' && !Object.hasOwn(at, field)]).toEqual([name, f.path, true]);
            if (f.path === pointer(...segments) && field === key) checked++;
          }
          visit((node as Record<string, unknown>)[key], [...segments, key]);
        }
      };
      visit(record, []);
    }
    expect(checked).toBeGreaterThan(100);
    // Thousands of validations, one for each field taken away: a busy 2-core machine needs more than the default.
  }, 60_000);

  it('is undefined for any other finding, and for a message it did not write', () => {
    expect(missingField({ ruleId: 'structure/type', path: '/strengths', message: 'strengths should be a list: change its value.' })).toBeUndefined();
    expect(missingField({ ruleId: 'structure/required', path: '/goodDay', message: 'Something else entirely.' })).toBeUndefined();
    expect(missingField({ ruleId: 'structure/required', path: '', message: 'The record has no id (the id of this record): add it.' })).toBe('id');
  });
});
