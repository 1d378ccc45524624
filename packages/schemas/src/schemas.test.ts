import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { registerSchema, unregisterSchema, validate as hyperjumpValidate } from '@hyperjump/json-schema/draft-2020-12';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSchemas } from './index.js';
import type { JsonSchema } from './json-schema.js';

// ajv-formats is CommonJS; under NodeNext its default export is the module, whose .default is the plugin.
const addFormats = formatsPlugin.default;

const schemasDir = join(import.meta.dirname, '../../../schemas');
const onDisk = readdirSync(schemasDir).flatMap((name) =>
  readdirSync(join(schemasDir, name)).map((file) => ({ name, file, schema: JSON.parse(readFileSync(join(schemasDir, name, file), 'utf8')) as JsonSchema })),
);
const minimal = { $schema: 'https://goodday.dev/schemas/assessment/1.0.0.json', id: 'ASM-1', status: 'draft' };

describe('the published schemas', () => {
  it('are every file under schemas/, and each $id names its folder and file', () => {
    expect(listSchemas().map((e) => e.$id).sort()).toEqual(onDisk.map((s) => s.schema.$id).sort());
    for (const { name, file, schema } of onDisk) expect(schema.$id).toBe(`https://goodday.dev/schemas/${name}/${file}`);
  });

  it('are valid against the draft 2020-12 meta-schema (ajv)', () => {
    const ajv = new Ajv2020({ strict: true });
    addFormats(ajv);
    ajv.addKeyword({ keyword: 'x-prompt', schemaType: 'string' });
    for (const { schema } of onDisk) expect(ajv.validateSchema(schema), `${schema.$id}: ${ajv.errorsText()}`).toBe(true);
    for (const { schema } of onDisk) ajv.addSchema(schema);
    const check = ajv.getSchema(minimal.$schema)!;
    expect(check(minimal)).toBe(true);
    expect(check({ ...minimal, status: 'finished' })).toBe(false);
  });

  describe('with an independent validator (@hyperjump/json-schema)', () => {
    beforeAll(() => {
      for (const { schema } of onDisk) registerSchema(schema as never);
    });
    afterAll(() => {
      for (const { schema } of onDisk) unregisterSchema(schema.$id!);
    });

    it('compile, and agree with ajv on a valid and an invalid record', async () => {
      expect((await hyperjumpValidate(minimal.$schema, minimal as never)).valid).toBe(true);
      expect((await hyperjumpValidate(minimal.$schema, { ...minimal, status: 'finished' } as never)).valid).toBe(false);
      expect((await hyperjumpValidate(minimal.$schema, { ...minimal, goodDay: { text: 'x' } } as never)).valid).toBe(false);
    });
  });

  it('are unchanged, byte for byte, once published (a new version is a new file)', () => {
    const sha256 = (name: string, file: string) => createHash('sha256').update(readFileSync(join(schemasDir, name, file))).digest('hex');
    const hashes = Object.fromEntries(onDisk.map(({ name, file }) => [`${name}/${file}`, sha256(name, file)]));
    expect(hashes).toEqual(PUBLISHED);
  });

  it('in every minor version of a kind, and of common, only add to the version before', () => {
    const byName = new Map<string, typeof onDisk>();
    for (const s of onDisk) byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
    for (const versions of byName.values()) {
      const sorted = versions.sort((a, b) => a.file.localeCompare(b.file, 'en', { numeric: true }));
      for (const [i, next] of sorted.entries()) if (i > 0) expect(removed(sorted[i - 1]!.schema, next.schema), next.schema.$id).toEqual([]);
    }
  });

  it('keep to the keywords that json-schema-to-typescript and ajv both handle well', () => {
    const banned = ['$dynamicRef', '$dynamicAnchor', 'prefixItems', 'unevaluatedProperties', 'unevaluatedItems', 'if', 'then', 'else'];
    const text = JSON.stringify(onDisk.map((s) => s.schema));
    for (const keyword of banned) expect(text).not.toContain(`"${keyword}":`);
  });

  it('close every object with additionalProperties: false and bound every array and string', () => {
    const walk = (node: unknown, where: string): void => {
      if (!node || typeof node !== 'object') return;
      const s = node as JsonSchema;
      if (s.type === 'object') expect(s.additionalProperties, where).toBe(false);
      if (s.type === 'array') expect(s.maxItems, where).toBeTypeOf('number');
      // A code list (a oneOf of consts, typed string from common 1.2.0) is bounded by its codes.
      const codeList = Array.isArray(s.oneOf) && s.oneOf.every((b) => 'const' in b);
      if (s.type === 'string' && !codeList) expect(s.maxLength, where).toBeTypeOf('number');
      for (const [k, v] of Object.entries(s)) {
        if (k === 'properties' || k === '$defs') for (const [p, child] of Object.entries(v as object)) walk(child, `${where}/${k}/${p}`);
        else if (k === 'items') walk(v, `${where}/items`);
        else if (k === 'oneOf') (v as unknown[]).forEach((b, i) => walk(b, `${where}/oneOf/${i}`));
      }
    };
    for (const { schema } of onDisk) walk(schema, schema.$id!);
  });

  it('give every property a plain title and a description (its own or that of the definition it refers to)', () => {
    const defs = (ref: string, from: JsonSchema): JsonSchema | undefined => {
      const [file, fragment] = ref.split('#/$defs/');
      const doc = file ? onDisk.find((s) => s.schema.$id!.endsWith(file.replace('../', '/')))?.schema : from;
      return doc?.$defs?.[fragment!];
    };
    const missing: string[] = [];
    for (const { schema } of onDisk) {
      const visit = (node: JsonSchema, where: string) => {
        for (const [name, prop] of Object.entries(node.properties ?? {})) {
          const target = prop.$ref ? defs(prop.$ref, schema) : undefined;
          if (!(prop.title ?? target?.title)) missing.push(`${where}.${name}: title`);
          if (!(prop.description ?? target?.description) && name !== '$schema') missing.push(`${where}.${name}: description`);
          visit(prop, `${where}.${name}`);
        }
      };
      visit(schema, schema.$id!);
      for (const [name, def] of Object.entries(schema.$defs ?? {})) visit(def, `${schema.$id}#${name}`);
    }
    expect(missing).toEqual([]);
  });
});

// The sha256 of every published schema file. A published file never changes: add a new version instead, and its hash here.
const PUBLISHED: Record<string, string> = {
  'assessment/1.0.0.json': '51d00d510cae1dadaa30254227f064d4439d532357ac5d961abebd2e7ad7eb9f',
  'assessment/1.1.0.json': '7286e5669dbb95f58002b0467af64f7efd6d069e41b68a0604e08d625e718e07',
  'capacity-decision/1.0.0.json': '30aa541e326bd688052689067ecba3adea35ff3b80e450821deac1b428f07fab',
  'capacity-decision/1.1.0.json': 'dd52df2d789bfa21fa40e2191b00555d8d0bf99534f8a7e44fb577c007ddcde5',
  'carers-assessment/1.0.0.json': '4718f8ec18e4198800353d50c1ce4de93e83d49424f737cdc819b7a191af66ef',
  'common/1.0.0.json': 'c7234738970a2970385b0c987d9e8aeacbbe38d736b24b0eec0fb85bcdb6f7dd',
  'common/1.1.0.json': 'e375b308987cf7395a4e883f3fc76aac81e1683c1b3da74aed85461d7a816c98',
  'common/1.2.0.json': 'f3c8e266818ed2966df1b326bdebd8a87a141a277a88b5b0e27e2a7dae871ec5',
  'review/1.0.0.json': '957b84cd2cdb2e3a65646ef126d92f850e7e0eb2482804e78e6518bad2de3cde',
  'safeguarding-enquiry/1.0.0.json': 'e22ccab164968744f05d22472e373c6bcf6e61d078fca0e03ede9c852af0e90b',
  'safeguarding-enquiry/1.1.0.json': 'a2a33a701994974e99e6838b464657061a8d2db2a873c722354ce2495808e54b',
  'support-plan/1.0.0.json': '03c89bb3f258d4267a88df91309a62a9f98a03bf010261a8593224fdd9e7c5fd',
  'support-plan/1.1.0.json': '849e1bd521f6de0b8b1cbfd961fe7c7d1c268d8110733388200c92180c2e9dde',
};

/** A schema node with its $ref followed, among the files on disk. */
function followed(node: JsonSchema, baseId: string): [JsonSchema, string] {
  if (!node.$ref) return [node, baseId];
  const [file, fragment] = node.$ref.split('#/$defs/');
  const id = file ? new URL(file, baseId).href : baseId;
  const doc = onDisk.find((s) => s.schema.$id === id)!.schema;
  return followed(doc.$defs![fragment!]!, id);
}

/** What a newer schema took away from an older one: a property, a code, a def, or room in a list (by path). */
function removed(olderNode: JsonSchema, newerNode: JsonSchema, path = '', olderBase = olderNode.$id!, newerBase = newerNode.$id!): string[] {
  const [older, ob] = followed(olderNode, olderBase);
  const [newer, nb] = followed(newerNode, newerBase);
  const removedIn = (a: JsonSchema, b: JsonSchema, at: string) => removed(a, b, at, ob, nb);
  const out: string[] = [];
  for (const [name, child] of Object.entries(older.properties ?? {})) {
    const next = newer.properties?.[name];
    if (!next) out.push(`${path}/properties/${name}`);
    else out.push(...removedIn(child, next, `${path}/properties/${name}`));
  }
  for (const [name, def] of Object.entries(older.$defs ?? {})) {
    const next = newer.$defs?.[name];
    if (!next) out.push(`${path}/$defs/${name}`);
    else out.push(...removedIn(def, next, `${path}/$defs/${name}`));
  }
  const codes = (s: JsonSchema) => (s.oneOf ?? []).filter((b) => 'const' in b).map((b) => b.const);
  for (const code of codes(older)) if (!codes(newer).includes(code)) out.push(`${path}/oneOf/${String(code)}`);
  if (typeof older.maxItems === 'number' && (typeof newer.maxItems !== 'number' || newer.maxItems < older.maxItems)) out.push(`${path}/maxItems`);
  for (const name of newer.required ?? []) if (!(older.required ?? []).includes(name) && name !== '$schema') out.push(`${path}/required/${name}`);
  if (older.items && newer.items) out.push(...removedIn(older.items, newer.items, `${path}/items`));
  return out;
}
