import type { JsonSchema } from '../json-schema.js';
import { getSchemaById } from '../registry.js';

/** The first part of a record that a schema version has no room for, and why. */
export interface Unfitting {
  readonly path: string;
  readonly why: 'no-field' | 'no-code' | 'too-many';
  /** The code the version does not have, for `no-code`. */
  readonly code?: string;
}

const escape = (segment: string | number) => String(segment).replace(/~/g, '~0').replace(/\//g, '~1');

/** A `$ref` as the schema and the `$id` of the document it sits in; only Good Day's own published schemas resolve. */
function resolve(ref: string, baseId: string): { schema: JsonSchema; baseId: string } | undefined {
  const [file, fragment] = ref.split('#');
  const docId = file ? new URL(file, baseId).href : baseId;
  const doc = getSchemaById(docId);
  const name = fragment?.startsWith('/$defs/') ? fragment.slice('/$defs/'.length) : undefined;
  const schema = name === undefined ? doc : doc?.$defs?.[name];
  return schema ? { schema, baseId: docId } : undefined;
}

/**
 * Walks a record against a schema version and finds the first field, code or list item it has no place for: what a
 * move to that version would lose. It checks room only (fields, codes, list lengths), not the rest of validity.
 */
export function firstUnfitting(value: unknown, schema: JsonSchema, baseId: string, path: readonly (string | number)[] = []): Unfitting | undefined {
  if (schema.$ref) {
    const target = resolve(schema.$ref, baseId);
    return target ? firstUnfitting(value, target.schema, target.baseId, path) : undefined;
  }
  const where = () => path.map((s) => `/${escape(s)}`).join('');
  if (Array.isArray(schema.oneOf)) {
    const branches = schema.oneOf as JsonSchema[];
    if (branches.every((b) => 'const' in b)) {
      return branches.some((b) => b.const === value) ? undefined : { path: where(), why: 'no-code', code: String(value) };
    }
    const misfits = branches.map((b) => firstUnfitting(value, b, baseId, path));
    return misfits.includes(undefined) ? undefined : misfits[0];
  }
  if (Array.isArray(value)) {
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) return { path: where(), why: 'too-many' };
    if (!schema.items || typeof schema.items !== 'object') return undefined;
    for (const [i, item] of value.entries()) {
      const misfit = firstUnfitting(item, schema.items as JsonSchema, baseId, [...path, i]);
      if (misfit) return misfit;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object' && schema.properties) {
    for (const [key, child] of Object.entries(value)) {
      const property = Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
      if (!property) {
        if (schema.additionalProperties === false) return { path: `${where()}/${escape(key)}`, why: 'no-field' };
        continue;
      }
      const misfit = firstUnfitting(child, property, baseId, [...path, key]);
      if (misfit) return misfit;
    }
  }
  return undefined;
}
