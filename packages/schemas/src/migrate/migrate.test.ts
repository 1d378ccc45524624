import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryRecord } from '../../test/record-arbitrary.js';
import { listSchemas, listVersions } from '../registry.js';
import { compareVersions, recordKinds, schemaId } from '../schema-id.js';
import { migrate } from './migrate.js';
import { MigrationError, isMigrationError } from './migration-error.js';

const addFormats = formatsPlugin.default;
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
ajv.addKeyword({ keyword: 'x-prompt', schemaType: 'string' });
for (const { schema } of listSchemas()) ajv.addSchema(schema);
const validAgainst = (record: unknown, id: string) => {
  const check = ajv.getSchema(id)!;
  return check(record) ? [] : check.errors!.map((e) => `${e.instancePath} ${e.message}`);
};

/** Every leaf of a value, as [JSON Pointer, value]; `$schema` apart. */
const leaves = (value: unknown, path = ''): [string, unknown][] =>
  value !== null && typeof value === 'object'
    ? Object.entries(value).flatMap(([k, v]) => (path === '' && k === '$schema' ? [] : leaves(v, `${path}/${k}`)))
    : [[path, value]];

const root = join(import.meta.dirname, '../../../..');
const examplesIn = (folder: string) =>
  readdirSync(join(root, folder), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(root, folder, d.name)).filter((f) => f.endsWith('.json')).map((f) => ({ name: `${folder}/${d.name}/${f}`, record: JSON.parse(readFileSync(join(root, folder, d.name, f), 'utf8')) as Record<string, unknown> })));
const examples = [...examplesIn('examples/records'), ...examplesIn('examples/records-1.0.0')];

const kindVersions = recordKinds.flatMap((kind) => listVersions(kind).map((version) => ({ kind, version })));
const newer = (kind: string, version: string) => listVersions(kind as never).filter((v) => compareVersions(v, version) > 0);

describe('migrate', () => {
  it.each(examples.map((e) => [e.name, e.record]))('moves %s to every newer version of its kind, valid there, with every value kept', (_, record) => {
    const [, kind, version] = /schemas\/([a-z-]+)\/([\d.]+)\.json$/.exec(record.$schema as string)!;
    for (const to of [version!, ...newer(kind!, version!)]) {
      const before = structuredClone(record);
      const moved = migrate(record, to);
      expect(record).toEqual(before);
      expect(moved.$schema).toBe(schemaId(kind as never, to));
      expect(validAgainst(moved, schemaId(kind as never, to))).toEqual([]);
      expect(leaves(moved)).toEqual(leaves(record));
    }
  });

  it.each(kindVersions.map((kv) => [`${kv.kind} ${kv.version}`, kv]))('moves random valid %s records up without losing a value, and back down when nothing new was used', (_, { kind, version }) => {
    const id = schemaId(kind, version);
    fc.assert(
      fc.property(arbitraryRecord(id), (record) => {
        expect(validAgainst(record, id)).toEqual([]);
        for (const to of newer(kind, version)) {
          const frozen = JSON.stringify(record);
          const moved = migrate(record, to);
          expect(JSON.stringify(record)).toBe(frozen);
          expect(validAgainst(moved, schemaId(kind, to))).toEqual([]);
          expect(leaves(moved)).toEqual(leaves(record));
          // Back to where it came from: nothing 1.x added is in it, so nothing can be lost.
          expect(migrate(moved, version)).toEqual(record);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('refuses, in one sentence, to move a record down when the older version has no place for a field', () => {
    const record = { $schema: schemaId('assessment', '1.1.0'), id: 'ASM-1', status: 'draft', needs: [{ id: 'need-1', fluctuates: true, fluctuationPeriod: { from: '2026-01-05', to: '2026-02-02' } }] };
    const error = catchError(() => migrate(record, '1.0.0'));
    expect(error).toBeInstanceOf(MigrationError);
    expect(error).toMatchObject({ code: 'would-lose-data', path: '/needs/0/fluctuationPeriod' });
    expect(error.message).toBe('The assessment cannot go back to 1.0.0 without losing data, because 1.0.0 has no place for /needs/0/fluctuationPeriod: keep it at 1.1.0.');
    expect(error.message.split(/[.:] [A-Z]/)).toHaveLength(1);
  });

  it('refuses to move down a code the older version does not have (the fourth "unable to achieve" limb)', () => {
    const record = { $schema: schemaId('assessment', '1.1.0'), id: 'ASM-1', status: 'draft', eligibility: { determinedAt: '2026-03-03T10:00:00Z', eligible: true, unableToAchieve: [{ outcome: 'being-appropriately-clothed', limbs: ['takes-significantly-longer'] }] } };
    expect(catchError(() => migrate(record, '1.0.0'))).toMatchObject({ code: 'would-lose-data', path: '/eligibility/unableToAchieve/0/limbs/0', message: expect.stringContaining('has no code "takes-significantly-longer"') });
  });

  it('refuses to move down an appropriate person\'s paid-or-professional answer in an enquiry', () => {
    const record = { $schema: schemaId('safeguarding-enquiry', '1.1.0'), id: 'SE-1', status: 'open', appropriatePerson: { relationship: 'brother', paidOrProfessional: false, recordedAt: '2026-03-03T10:00:00Z' } };
    expect(catchError(() => migrate(record, '1.0.0'))).toMatchObject({ code: 'would-lose-data', path: '/appropriatePerson/paidOrProfessional' });
  });

  it('never quotes a field name or code that is not the schema\'s own words', () => {
    const record = { $schema: schemaId('assessment', '1.1.0'), id: 'ASM-1', status: 'draft', 'Mrs Smith of 4 Elm Road': true };
    const error = catchError(() => migrate(record, '1.0.0'));
    expect(error).toMatchObject({ code: 'would-lose-data', path: '/Mrs Smith of 4 Elm Road' });
    expect(error.message).not.toContain('Smith');
    const coded = { $schema: schemaId('assessment', '1.1.0'), id: 'ASM-1', status: 'draft', eligibility: { determinedAt: '2026-03-03T10:00:00Z', eligible: true, unableToAchieve: [{ outcome: 'being-appropriately-clothed', limbs: ['Mrs Smith'] }] } };
    expect(catchError(() => migrate(coded, '1.0.0')).message).not.toContain('Smith');
  });

  it('names what is wrong with input it cannot migrate', () => {
    expect(catchError(() => migrate('not a record', '1.1.0'))).toMatchObject({ code: 'not-a-record' });
    expect(catchError(() => migrate([], '1.1.0'))).toMatchObject({ code: 'not-a-record' });
    expect(catchError(() => migrate({ id: 'x' }, '1.1.0'))).toMatchObject({ code: 'unknown-schema' });
    expect(catchError(() => migrate({ $schema: 'https://goodday.dev/schemas/assessment/9.0.0.json' }, '1.1.0'))).toMatchObject({ code: 'unknown-schema' });
    expect(catchError(() => migrate({ $schema: schemaId('common', '1.0.0') }, '1.1.0'))).toMatchObject({ code: 'unknown-schema' });
    expect(catchError(() => migrate({ $schema: schemaId('assessment', '1.0.0') }, '1.5.0'))).toMatchObject({ code: 'unknown-version', message: 'There is no assessment schema version "1.5.0": migrate to one of 1.0.0, 1.1.0.' });
    expect(catchError(() => migrate({ $schema: schemaId('assessment', '1.0.0') }, undefined as never))).toMatchObject({ code: 'unknown-version' });
  });

  it('says so, rather than overflowing the stack, for a record nested far too deeply to copy', () => {
    let deep: Record<string, unknown> = {};
    const record = { $schema: schemaId('assessment', '1.0.0'), id: 'ASM-1', status: 'draft', person: deep };
    for (let i = 0; i < 200_000; i++) deep = (deep.a = {}) as Record<string, unknown>;
    expect(catchError(() => migrate(record, '1.1.0'))).toMatchObject({ code: 'too-deep' });
  });

  it('is recognised across copies of the package by isMigrationError', () => {
    const error = catchError(() => migrate({}, '1.1.0'));
    expect(isMigrationError(error)).toBe(true);
    expect(isMigrationError(new Error('x'))).toBe(false);
  });
});

function catchError(f: () => unknown): MigrationError {
  try {
    f();
  } catch (error) {
    return error as MigrationError;
  }
  throw new Error('expected an error');
}
