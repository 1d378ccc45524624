import type { JsonSchema } from '@goodday/schemas';
import type { SchemaLookup } from '../structure/schema-at.js';

/** A path to a free-text field: property names, and '*' for every item of an array. */
export type FieldPattern = readonly string[];

const cache = new Map<string, readonly FieldPattern[]>();

// Definitions in the common schema that decide what is linted: practitioners' text, and the person's words, which never are.
const isDef = (ref: string, name: string) => /\/common\/[^/]+\.json#\/\$defs\//.test(ref) && ref.endsWith(`/$defs/${name}`);

function resolve(lookup: SchemaLookup, ref: string, baseId: string): { node: JsonSchema; baseId: string } | undefined {
  const url = new URL(ref, baseId);
  const id = `${url.origin}${url.pathname}`;
  const root = lookup(id);
  if (!root) return undefined;
  let node: unknown = root;
  for (const segment of url.hash.replace(/^#\/?/, '').split('/').filter(Boolean)) node = (node as Record<string, unknown>)?.[decodeURIComponent(segment)];
  return node && typeof node === 'object' ? { node: node as JsonSchema, baseId: id } : undefined;
}

/**
 * Where a record of this schema holds free text a practitioner wrote: every field typed as the common `Text`
 * (practitioner notes, descriptions, reasons, evidence), never anything inside the person's own words.
 * Read from the schema once and kept.
 */
export function practitionerTextFields(lookup: SchemaLookup, schemaId: string): readonly FieldPattern[] {
  const hit = cache.get(schemaId);
  if (hit) return hit;
  const patterns: FieldPattern[] = [];
  const visit = (node: JsonSchema | undefined, baseId: string, path: readonly string[], refs: readonly string[]): void => {
    if (!node || typeof node !== 'object') return;
    if (typeof node.$ref === 'string') {
      const absolute = new URL(node.$ref, baseId).href;
      if (isDef(absolute, 'PersonsWords') || refs.includes(absolute)) return;
      if (isDef(absolute, 'Text')) {
        patterns.push(path);
        return;
      }
      const target = resolve(lookup, node.$ref, baseId);
      if (target) visit(target.node, target.baseId, path, [...refs, absolute]);
      return;
    }
    for (const [key, child] of Object.entries(node.properties ?? {})) visit(child as JsonSchema, baseId, [...path, key], refs);
    if (node.items && typeof node.items === 'object') visit(node.items as JsonSchema, baseId, [...path, '*'], refs);
    const branches = [...(node.oneOf ?? []), ...((node.anyOf as JsonSchema[] | undefined) ?? []), ...((node.allOf as JsonSchema[] | undefined) ?? [])];
    for (const branch of branches) visit(branch, baseId, path, refs);
  };
  const root = lookup(schemaId);
  // A schema this lookup does not hold has no fields here, and is not cached: another lookup may hold it.
  if (!root) return patterns;
  visit(root, schemaId, [], []);
  cache.set(schemaId, patterns);
  return patterns;
}

/** Where a text is in a record: the property names and array indexes from its root. */
export type Place = readonly (string | number)[];

/** The JSON Pointer of a place. Property names in the schemas are plain words, so no escaping is needed. */
export const pointerOf = (place: Place): string => place.map((segment) => `/${segment}`).join('');

/**
 * Calls `visit` with every string in the record at one of the patterns, and its place. The place is one array
 * changed as the walk goes, so no pointer string is made for the many fields whose caller never needs one:
 * read it during the call (with {@link pointerOf}), do not keep it.
 */
export function forEachText(record: unknown, patterns: readonly FieldPattern[], visit: (text: string, place: Place) => void): void {
  const place: (string | number)[] = [];
  for (const pattern of patterns) walk(record, pattern, 0, place, visit);
}

function walk(value: unknown, pattern: FieldPattern, depth: number, place: (string | number)[], visit: (text: string, place: Place) => void): void {
  if (depth === pattern.length) {
    if (typeof value === 'string') visit(value, place);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const segment = pattern[depth]!;
  if (segment === '*') {
    if (!Array.isArray(value)) return;
    for (let i = 0; i < value.length; i++) {
      place.push(i);
      walk(value[i], pattern, depth + 1, place, visit);
      place.pop();
    }
    return;
  }
  if (!Object.hasOwn(value, segment)) return;
  place.push(segment);
  walk((value as Record<string, unknown>)[segment], pattern, depth + 1, place, visit);
  place.pop();
}

/**
 * Calls `visit` with every free-text field a practitioner wrote in a record, and its JSON Pointer; never the
 * person's own words. Records whose `$schema` the lookup does not hold have none.
 */
export function forEachPractitionerTextWith(lookup: SchemaLookup, record: unknown, visit: (text: string, pointer: string) => void): void {
  const schemaId = (record as { $schema?: unknown } | null)?.$schema;
  if (typeof schemaId === 'string') forEachText(record, practitionerTextFields(lookup, schemaId), (text, place) => visit(text, pointerOf(place)));
}
