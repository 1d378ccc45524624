import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { kindWords, listSchemas, recordKinds } from '@goodday/schemas';
import { describe, expect, it } from 'vitest';
import { isGoodDayInputError } from './input-error.js';
import { parseRecord } from './limits.js';
import { validate as validateAny } from './validate.js';

const recordsDir = join(import.meta.dirname, '../../../examples/records');
const kinds = [...new Set(listSchemas().map((s) => s.name))].filter((name) => name !== 'common');
const pascal = (kind: string) => kind.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());
const examplesOf = (kind: string) =>
  readdirSync(join(recordsDir, kind))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ name: f, record: parseRecord(readFileSync(join(recordsDir, kind, f))) }));
const entry = (kind: string) => import(`./generated/kind/${kind}.ts`);

describe('@goodday/validate/<kind> (the per-kind entries)', () => {
  it('exist for every record kind of the registry', () => {
    expect([...kinds].sort()).toEqual([...recordKinds].sort());
  });

  it.each(kinds)('%s exports the API for its kind, and nothing more', async (kind) => {
    const api = await entry(kind);
    expect(Object.keys(api).sort()).toEqual(
      ['GoodDayInputError', 'defaultLimits', 'forEachPractitionerText', 'identify', `is${pascal(kind)}`, 'isGoodDayInputError', 'missingField', 'parseRecord', 'pointer', 'readablePath', 'rules', 'segments', 'rulesFor', 'validate', `validate${pascal(kind)}`].sort(),
    );
    expect(api[`validate${pascal(kind)}`]).toBe(api.validate);
    expect(api.rules.length).toBeGreaterThan(0);
    expect(api.rules.every((r: { kind: string }) => r.kind === kind)).toBe(true);
  });

  it.each(kinds)('%s gives the same report as @goodday/validate for every example of its kind', async (kind) => {
    const { validate, [`is${pascal(kind)}`]: is } = await entry(kind);
    const examples = examplesOf(kind);
    expect(examples.length).toBeGreaterThan(1);
    for (const { record } of examples) {
      const report = validate(record, { readability: true });
      expect(report).toEqual(validateAny(record, { readability: true }));
      expect(is(record)).toBe(!report.findings.some((f: { ruleId: string }) => f.ruleId.startsWith('structure/')));
    }
    // The examples of a kind include valid ones and ones a rule rejects, so both outcomes are seen.
    expect(new Set(examples.map(({ record }) => validate(record).valid))).toEqual(new Set([true, false]));
  });

  it.each(kinds)('%s refuses a record of any other kind with a wrong-kind error that says what to use', async (kind) => {
    const { validate, [`is${pascal(kind)}`]: is } = await entry(kind);
    for (const other of kinds.filter((k) => k !== kind)) {
      const record = examplesOf(other).find((e) => validateAny(e.record).valid)!.record;
      let thrown: unknown;
      try {
        validate(record);
      } catch (error) {
        thrown = error;
      }
      expect(isGoodDayInputError(thrown) && thrown.code).toBe('wrong-kind');
      // The kind's own words, which may carry an apostrophe ("a carer's assessment").
      expect((thrown as Error).message).toBe(`Expected ${kindWords(kind).one} but the record is ${kindWords(other).one}: @goodday/validate/${kind} validates only that kind; use @goodday/validate for any kind.`);
      expect(is(record)).toBe(false);
    }
  });

  it('refuses input that is not a record before anything else, as @goodday/validate does', async () => {
    const { validate } = await entry(kinds[0]!);
    expect(() => validate([])).toThrow(/^The input is not a JSON object/);
    expect(() => validate({ $schema: 'https://goodday.dev/schemas/common/1.0.0.json' })).toThrow(/is not a Good Day record schema/);
  });
});
