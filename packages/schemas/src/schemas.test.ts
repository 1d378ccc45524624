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
      if (s.type === 'string') expect(s.maxLength, where).toBeTypeOf('number');
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
