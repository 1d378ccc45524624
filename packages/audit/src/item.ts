/** Where a record came from: its file, and its line (NDJSON) or place in an array (JSON arrays). */
export interface Source {
  readonly file: string;
  readonly line?: number;
  readonly index?: number;
}

/** One item read: a parsed value, or why it could not be read. */
export type ReadItem = { readonly source: Source; readonly value: unknown } | { readonly source: Source; readonly error: string };

/** Records already parsed, as items to audit: each by its place in the list, under the name `file` (a file or an upload). */
export function* recordItems(records: Iterable<unknown>, file: string): Generator<ReadItem> {
  let index = 0;
  for (const value of records) yield { source: { file, index: index++ }, value };
}
