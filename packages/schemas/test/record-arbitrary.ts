// Random records that are structurally valid against a published schema, for property tests.
import fc from 'fast-check';
import { getSchemaById } from '../src/registry.js';
import type { JsonSchema } from '../src/json-schema.js';

const ID_FIRST = [...'ABCabc019'];
const ID_REST = [...'ABCabc019._:-'];
const id = fc.tuple(fc.constantFrom(...ID_FIRST), fc.array(fc.constantFrom(...ID_REST), { maxLength: 8 })).map(([a, b]) => a + b.join(''));
// Within ajv's date-time and date formats (a time zone always), whole seconds.
const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }).map((ms) => new Date(Math.floor(ms / 1000) * 1000));
const dateTime = instant.map((d) => d.toISOString().replace('.000Z', 'Z'));
const date = instant.map((d) => d.toISOString().slice(0, 10));
const version = fc.tuple(fc.nat(9), fc.nat(9), fc.nat(9)).map((v) => v.join('.'));
const text = (min: number, max: number) => fc.string({ minLength: Math.max(min, 1), maxLength: Math.min(max, 30), unit: 'grapheme-ascii' }).filter((s) => s.trim() !== '');

function resolve(ref: string, baseId: string): { schema: JsonSchema; baseId: string } {
  const [file, fragment] = ref.split('#');
  const docId = file ? new URL(file, baseId).href : baseId;
  const doc = getSchemaById(docId)!;
  return { schema: fragment ? doc.$defs![fragment.slice('/$defs/'.length)]! : doc, baseId: docId };
}

/** An arbitrary value valid against a schema node (string lengths and list sizes kept small), optional fields at random. */
export function arbitraryFor(schema: JsonSchema, baseId: string, depth = 0): fc.Arbitrary<unknown> {
  if (schema.$ref) {
    const target = resolve(schema.$ref, baseId);
    return arbitraryFor(target.schema, target.baseId, depth);
  }
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.oneOf)) return fc.oneof(...schema.oneOf.map((b) => arbitraryFor(b, baseId, depth)));
  switch (schema.type) {
    case 'object': {
      const required = new Set(schema.required ?? []);
      const entries = Object.entries(schema.properties ?? {});
      // Deep optional parts get rarer, so that records stay small.
      const keep = depth < 4 ? fc.boolean() : fc.constant(false);
      return fc
        .tuple(...entries.map(([name, child]) => fc.tuple(required.has(name) ? fc.constant(true) : keep, arbitraryFor(child, baseId, depth + 1)).map(([present, value]) => [name, present, value] as const)))
        .map((parts) => Object.fromEntries(parts.filter(([, present]) => present).map(([name, , value]) => [name, value])));
    }
    case 'array': {
      const item = arbitraryFor(schema.items!, baseId, depth + 1);
      const maxLength = Math.min((schema.maxItems as number | undefined) ?? 3, depth < 3 ? 3 : 1);
      return schema.uniqueItems ? fc.uniqueArray(item, { maxLength, selector: (v) => JSON.stringify(v) }) : fc.array(item, { maxLength });
    }
    case 'string':
      if (schema.format === 'date-time') return dateTime;
      if (schema.format === 'date') return date;
      if (schema.pattern === '^[A-Za-z0-9][A-Za-z0-9._:-]*$') return id;
      if (schema.pattern === '^[0-9]+\\.[0-9]+\\.[0-9]+$') return version;
      if (schema.pattern) throw new Error(`record-arbitrary: no generator for the pattern ${String(schema.pattern)}`);
      return text((schema.minLength as number | undefined) ?? 0, (schema.maxLength as number | undefined) ?? 30);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: (schema.minimum as number | undefined) ?? 0, max: Math.min((schema.maximum as number | undefined) ?? 1000, 1_000_000) });
    case 'number':
      return fc.integer({ min: Math.ceil((schema.minimum as number | undefined) ?? 0) * 100, max: Math.min((schema.maximum as number | undefined) ?? 10_000, 1_000_000) * 100 }).map((n) => n / 100);
    default:
      throw new Error(`record-arbitrary: no generator for ${JSON.stringify(schema).slice(0, 80)}`);
  }
}

/** Random structurally valid records of one published schema. */
export const arbitraryRecord = (schemaId: string): fc.Arbitrary<Record<string, unknown>> =>
  arbitraryFor(getSchemaById(schemaId)!, schemaId) as fc.Arbitrary<Record<string, unknown>>;
