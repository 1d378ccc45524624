import { getSchema, getSchemaById, type JsonSchema, type RecordKind } from '@goodday/schemas';
import { segments } from '@goodday/validate';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ordinal = (index: number) => ORDINALS[index] ?? `number ${index + 1}`;
// Keep a title's capitals only where they are an acronym or a name ("IMCA", "Care Act").
const lower = (title: string) => (/^[A-Z]([a-z]| )/.test(title) ? title[0]!.toLowerCase() + title.slice(1) : title);
const article = (title: string) => title.replace(/^(a|an|the) /, '');
// Titles that are clauses ("What a good day looks like") take no article and no possessive.
const CLAUSE = /^(what|how|who|when|whether|why|where) /;

/** The node a `$ref` names, with the document it sits in. */
function follow(node: JsonSchema, base: string): { node: JsonSchema; base: string } {
  if (typeof node.$ref !== 'string') return { node, base };
  const url = new URL(node.$ref, base);
  const documentId = url.href.slice(0, url.href.length - url.hash.length);
  const document = getSchemaById(documentId);
  const target = url.hash
    .slice(1)
    .split('/')
    .slice(1)
    .reduce<unknown>((n, part) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[decodeURIComponent(part)] : undefined), document);
  if (!target || typeof target !== 'object') return { node, base };
  const inner = follow(target as JsonSchema, documentId);
  return { node: { ...inner.node, ...node, $ref: undefined }, base: inner.base };
}

/**
 * A place in a record said in words from the schema's titles: `/needs/1/wellbeingImpact` in an assessment is
 * "the second need's impact on wellbeing". Never reads the record, so never repeats what it says.
 */
export function fieldInWords(kind: RecordKind, version: string, pointer: string): string {
  const root = getSchema(kind, version);
  if (!root) return pointer === '' ? 'the record' : `the field at ${pointer}`;
  let at = follow(root, root.$id ?? '');
  // The nearest list item ("the second need"), or the top-level part; then the last field named.
  let context: string | undefined;
  let last: string | undefined;
  for (const [i, segment] of segments(pointer).entries()) {
    const { node, base } = at;
    if (/^\d+$/.test(segment) && node.items) {
      at = follow(node.items, base);
      context = `the ${ordinal(Number(segment))} ${article(lower(at.node.title ?? node.title ?? 'item'))}`;
      last = undefined;
      continue;
    }
    const property = node.properties?.[segment];
    at = property ? follow(property, base) : at;
    // A person's words are named by the field that holds them, not by their inner "text".
    if (segment === 'text' && last !== undefined) continue;
    const title = property ? article(lower(property.title ?? at.node.title ?? segment)) : segment;
    if (i === 0) context = CLAUSE.test(title) ? title : `the ${title}`;
    else last = title;
  }
  if (context === undefined) return 'the record';
  if (last === undefined) return context;
  return CLAUSE.test(context) ? `${last} (in ${context})` : `${context}'s ${last}`;
}
