import { isRecordKind, kindWords, parseSchemaId, type RecordKind } from '@goodday/schemas';
import { GoodDayInputError } from './input-error.js';
import { quoteShort } from './quote.js';
import type { SchemaLookup } from './structure/schema-at.js';

/** The record kind a `$schema` value names by its form, whether or not that version is published; else undefined. */
export function namedKind(schemaId: unknown): RecordKind | undefined {
  const parsed = typeof schemaId === 'string' ? parseSchemaId(schemaId) : undefined;
  return parsed && isRecordKind(parsed.name) ? parsed.name : undefined;
}

/** The kind and version a record names in `$schema`, among the schemas a lookup holds. Throws {@link GoodDayInputError} when it names none of them. */
export function identifyWith(lookup: SchemaLookup, record: unknown): { kind: RecordKind; version: string; schemaId: string } {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    throw new GoodDayInputError('not-an-object', 'The input is not a JSON object: a Good Day record is an object with a "$schema" field.');
  }
  const schemaId = (record as { $schema?: unknown }).$schema;
  if (typeof schemaId !== 'string') {
    throw new GoodDayInputError('no-schema', 'The record has no "$schema": add the $id of the schema it follows, for example https://goodday.dev/schemas/assessment/1.0.0.json.');
  }
  const parsed = lookup(schemaId) && parseSchemaId(schemaId);
  const found = parsed && isRecordKind(parsed.name) ? { kind: parsed.name, version: parsed.version } : undefined;
  if (!found) {
    throw new GoodDayInputError('unknown-schema', `The record's "$schema" ${quoteShort(schemaId, 80)} is not a Good Day record schema: use one listed by \`goodday schema\`.`);
  }
  return { kind: found.kind, version: found.version, schemaId };
}

/** "an assessment", "a support plan": a kind as a sentence names it. */
export const kindName = (kind: RecordKind): string => kindWords(kind).one;
