import type { JsonSchema } from '@goodday/schemas';
import { segments } from '../json-pointer.js';
import type { SchemaLookup } from './schema-at.js';

/**
 * Where a schema bounds lists: the most items a list here may hold, and the bounds below it. With `allErrors`,
 * ajv checks every item and compares every pair for `uniqueItems` even once `maxItems` has failed, so a list of
 * 240,000 ids took minutes; cut to one item over its limit first, it still fails `maxItems`, in linear time.
 */
export interface ListBounds {
  /** The most items a list here may hold; Infinity when the schema sets no limit. */
  readonly limit: number;
  /** Bounds for each item of a list here. */
  readonly items?: ListBounds;
  /** Bounds for the fields of an object here, by name (a null-prototype map). */
  readonly properties?: Readonly<Record<string, ListBounds>>;
  /** Bounds for the fields `properties` does not name (from `additionalProperties`). */
  readonly others?: ListBounds;
}

interface Located {
  readonly node: JsonSchema;
  readonly base: string;
}

// Keywords under which a node could hold lists of its own; a branch of a choice with none is a code or a scalar.
const HOLDS_LISTS = ['type', 'items', 'properties', 'additionalProperties', 'maxItems', '$ref', 'oneOf', 'anyOf', 'allOf'];
const COMBINATORS = ['oneOf', 'anyOf', 'allOf', 'not', 'if', 'then', 'else', 'dependentSchemas', 'patternProperties', 'prefixItems', 'contains'];
const isScalarBranch = (branch: unknown): boolean => {
  if (branch === null || typeof branch !== 'object') return true;
  const node = branch as JsonSchema;
  if (typeof node.type === 'string' && node.type !== 'array' && node.type !== 'object' && !COMBINATORS.some((k) => k in node)) return true;
  return !HOLDS_LISTS.some((k) => k in node);
};

function deref(lookup: SchemaLookup, at: Located): Located | undefined {
  let current = at;
  for (let hops = 0; current.node.$ref !== undefined; hops++) {
    if (hops >= 16) return undefined;
    const [file, fragment = ''] = current.node.$ref.split('#');
    const docId = file ? new URL(file, current.base).href : current.base;
    let target: unknown = lookup(docId);
    for (const s of segments(fragment)) target = target !== null && typeof target === 'object' ? (target as Record<string, unknown>)[s] : undefined;
    if (target === null || typeof target !== 'object') return undefined;
    current = { node: target as JsonSchema, base: docId };
  }
  return current;
}

/** The bounds of a schema node, or undefined when nothing at or below it needs bounding (or it cannot be told safely). */
function boundsAt(lookup: SchemaLookup, at: Located, path: Set<JsonSchema>): ListBounds | undefined {
  const here = deref(lookup, at);
  // A reference that loops or cannot be followed: bound nothing here rather than guess.
  if (!here || path.has(here.node)) return undefined;
  const { node, base } = here;
  // Lists inside a choice would need the choice's own logic; Good Day's choices are code lists and scalars.
  if (COMBINATORS.some((k) => k in node && !(Array.isArray(node[k]) && (node[k] as unknown[]).every(isScalarBranch)))) return undefined;
  path.add(node);
  try {
    const limit = typeof node.maxItems === 'number' ? node.maxItems : Infinity;
    const items = node.items && typeof node.items === 'object' ? boundsAt(lookup, { node: node.items, base }, path) : undefined;
    let properties: Record<string, ListBounds> | undefined;
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      const bounds = boundsAt(lookup, { node: child, base }, path);
      if (bounds) (properties ??= Object.create(null) as Record<string, ListBounds>)[name] = bounds;
    }
    const extra = node.additionalProperties;
    const others = extra !== null && typeof extra === 'object' ? boundsAt(lookup, { node: extra as JsonSchema, base }, path) : undefined;
    if (limit === Infinity && !items && !properties && !others) return undefined;
    return { limit, ...(items ? { items } : {}), ...(properties ? { properties } : {}), ...(others ? { others } : {}) };
  } finally {
    path.delete(node);
  }
}

const cache = new WeakMap<SchemaLookup, Map<string, ListBounds | undefined>>();

/** The list bounds of a published schema, worked out once per lookup and schema. */
export function listBoundsOf(lookup: SchemaLookup, schemaId: string): ListBounds | undefined {
  let byId = cache.get(lookup);
  if (!byId) cache.set(lookup, (byId = new Map()));
  if (byId.has(schemaId)) return byId.get(schemaId);
  const root = lookup(schemaId);
  const bounds = root ? boundsAt(lookup, { node: root, base: schemaId }, new Set()) : undefined;
  byId.set(schemaId, bounds);
  return bounds;
}

/**
 * The value with every list the bounds limit cut to one item over its limit, copying only the objects and lists on
 * the way to a cut (the input is never changed), and whether anything was cut. A cut list still fails `maxItems`
 * at the same path, and every error ajv reports about the rest is one it would have reported anyway.
 */
export function withinListBounds(value: unknown, bounds: ListBounds | undefined): { value: unknown; cut: boolean } {
  let cut = false;
  const visit = (node: unknown, at: ListBounds): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) {
      let list: unknown[] = node;
      if (list.length > at.limit + 1) {
        list = list.slice(0, at.limit + 1);
        cut = true;
      }
      const items = at.items;
      if (!items) return list;
      let copy: unknown[] | undefined;
      for (let i = 0; i < list.length; i++) {
        const before = list[i];
        const after = visit(before, items);
        if (after !== before) (copy ??= list === node ? list.slice() : list)[i] = after;
      }
      return copy ?? list;
    }
    const record = node as Record<string, unknown>;
    let copy: Record<string, unknown> | undefined;
    const replace = (key: string, child: ListBounds) => {
      const before = record[key];
      const after = visit(before, child);
      // Defined as a field, so a "__proto__" key stays a field and sets no prototype.
      if (after !== before) Object.defineProperty((copy ??= copyOf(record)), key, { value: after, enumerable: true, writable: true, configurable: true });
    };
    if (at.properties) for (const key in at.properties) if (Object.hasOwn(record, key)) replace(key, at.properties[key]!);
    if (at.others) for (const key of Object.keys(record)) if (!at.properties || !(key in at.properties)) replace(key, at.others);
    return copy ?? record;
  };
  const out = bounds ? visit(value, bounds) : value;
  return { value: out, cut };
}

// A shallow copy that keeps the prototype and defines every own field, "__proto__" included.
function copyOf(record: Record<string, unknown>): Record<string, unknown> {
  const copy = Object.create(Object.getPrototypeOf(record) as object | null) as Record<string, unknown>;
  for (const key of Object.keys(record)) Object.defineProperty(copy, key, { value: record[key], enumerable: true, writable: true, configurable: true });
  return copy;
}
