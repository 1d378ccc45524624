import { kindTable } from './kinds.js';

/** Every Good Day schema `$id` starts with this. */
export const SCHEMA_BASE = 'https://goodday.dev/schemas/';

/** A record kind, as named in a schema `$id` and in `Report.kind`. */
export type RecordKind = (typeof kindTable)[number]['kind'];

/** The record kinds Good Day knows, in the order the SDK documents them. */
export const recordKinds: readonly RecordKind[] = kindTable.map((k) => k.kind);

/** A schema's name: a record kind, or `common` for the shared building blocks. */
export type SchemaName = RecordKind | 'common';

const ID_PATTERN = /^https:\/\/goodday\.dev\/schemas\/([a-z][a-z-]*)\/(\d+\.\d+\.\d+)\.json$/;

/** The `$id` of a schema name at a version. */
export function schemaId(name: SchemaName, version: string): string {
  return `${SCHEMA_BASE}${name}/${version}.json`;
}

/** Splits a Good Day schema `$id` into name and version; `undefined` when it is not one. */
export function parseSchemaId(id: string): { name: string; version: string } | undefined {
  const match = ID_PATTERN.exec(id);
  return match ? { name: match[1]!, version: match[2]! } : undefined;
}

export function isRecordKind(name: string): name is RecordKind {
  return (recordKinds as readonly string[]).includes(name);
}

/** How a sentence ("an assessment") and a heading ("Assessments") name a kind; a kind not in the table by its name. */
export function kindWords(kind: string): { readonly one: string; readonly many: string } {
  const words = kindTable.find((k) => k.kind === kind);
  if (words) return words;
  const spaced = kind.replace(/-/g, ' ');
  return { one: `${/^[aeiou]/.test(spaced) ? 'an' : 'a'} ${spaced}`, many: `${spaced[0]?.toUpperCase() ?? ''}${spaced.slice(1)}s` };
}

/** Compares dotted versions numerically, so that 1.10.0 sorts after 1.9.0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
