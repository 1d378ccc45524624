import type { JsonSchema } from '@goodday/schemas';
import { segments } from '../json-pointer.js';

interface Located {
  readonly node: JsonSchema;
  /** The `$id` of the schema document the node belongs to, for resolving relative references. */
  readonly base: string;
}

/**
 * Finds a published schema by its `$id`. `@goodday/validate` looks in every schema; `@goodday/validate/<kind>` in that
 * kind's and the common ones only, so that a bundle of it carries no other kind's schemas.
 */
export type SchemaLookup = (id: string) => JsonSchema | undefined;

/** A lookup over a list of schemas, by `$id`. */
export function schemaLookup(schemas: readonly JsonSchema[]): SchemaLookup {
  const byId = new Map(schemas.map((schema) => [schema.$id, schema]));
  return (id) => byId.get(id);
}

// Follows `$ref` (local or to another Good Day schema) until it reaches a node that is not a reference.
function deref(lookup: SchemaLookup, { node, base }: Located): Located {
  let current: Located = { node, base };
  for (let hops = 0; current.node.$ref && hops < 16; hops++) {
    const [file, fragment = ''] = current.node.$ref.split('#');
    const docId = file ? new URL(file, current.base).href : current.base;
    const doc = lookup(docId);
    if (!doc) return current;
    let target: unknown = doc;
    for (const s of segments(fragment)) target = (target as Record<string, unknown> | undefined)?.[s];
    if (!target || typeof target !== 'object') return current;
    current = { node: target as JsonSchema, base: docId };
  }
  return current;
}

/** The schema node that describes the value at an instance path, following properties, items and references. */
export function schemaAt(lookup: SchemaLookup, rootId: string, instancePath: string): Located | undefined {
  const root = lookup(rootId);
  if (!root) return undefined;
  let here: Located = deref(lookup, { node: root, base: rootId });
  for (const s of segments(instancePath)) {
    const next = /^\d+$/.test(s) && here.node.items ? here.node.items : here.node.properties?.[s];
    if (!next) return undefined;
    here = deref(lookup, { node: next, base: here.base });
  }
  return here;
}

/** A property's plain title: its own, or else that of the schema it refers to. */
export function propertyTitle(lookup: SchemaLookup, parent: Located, property: string): string | undefined {
  const own = parent.node.properties?.[property];
  if (!own) return undefined;
  return own.title ?? deref(lookup, { node: own, base: parent.base }).node.title;
}
