import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Where a record came from: its file, and its line (NDJSON) or place in an array (JSON arrays). */
export interface Source {
  readonly file: string;
  readonly line?: number;
  readonly index?: number;
}

/** One item read: a parsed value, or why it could not be read. */
export type ReadItem = { readonly source: Source; readonly value: unknown } | { readonly source: Source; readonly error: string };

const MAX_RECORD_CHARS = 5 * 1024 * 1024;

/** Every .json, .ndjson and .jsonl file under a folder, in name order, recursively. */
async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (/\.(json|ndjson|jsonl)$/i.test(entry.name)) yield path;
  }
}

const parse = (text: string, source: Source): ReadItem => {
  if (text.length > MAX_RECORD_CHARS) return { source, error: `over ${MAX_RECORD_CHARS} characters` };
  try {
    return { source, value: JSON.parse(text) };
  } catch {
    return { source, error: 'not valid JSON' };
  }
};

/**
 * Reads records from a stream of text chunks, whatever its shape, holding one record at a time: a JSON array
 * (each element), NDJSON (one record per line), or a single JSON object. The shape is told from the first
 * character: "[" is an array; otherwise each complete top-level value is a record, so one object spread over
 * many lines reads the same as a line of NDJSON.
 */
export async function* readStream(chunks: AsyncIterable<string | Buffer>, file: string): AsyncGenerator<ReadItem> {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let inArray: boolean | undefined;
  let current = '';
  let line = 1;
  let startLine = 1;
  let index = 0;
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) line++;
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 0x5c) escaped = true;
        else if (c === 0x22) inString = false;
        continue;
      }
      if (inArray === undefined && c > 0x20 && c !== 0xfeff) {
        inArray = c === 0x5b;
        if (inArray) {
          from = i + 1;
          continue;
        }
      }
      if (c === 0x22 && depth > 0) {
        inString = true;
      } else if (c === 0x7b || c === 0x5b) {
        if (depth === 0) {
          startLine = line;
          from = i;
          current = '';
        }
        depth++;
      } else if (c === 0x7d || c === 0x5d) {
        if (depth === 0) {
          if (inArray && c === 0x5d) inArray = false;
          continue;
        }
        depth--;
        if (depth === 0) {
          const whole = current + text.slice(from, i + 1);
          current = '';
          yield parse(whole, inArray ? { file, index: index++ } : { file, line: startLine });
        }
      } else if (depth === 0 && c > 0x20 && c !== 0x2c && c !== 0xfeff) {
        // Something other than a record between records: report the line and skip to its end.
        yield { source: { file, line }, error: 'a line that is not a JSON record' };
        while (i < text.length && text.charCodeAt(i) !== 0x0a) i++;
        line++;
      }
    }
    if (depth > 0) {
      current += text.slice(from);
      if (current.length > MAX_RECORD_CHARS) {
        yield { source: inArray ? { file, index: index++ } : { file, line: startLine }, error: `over ${MAX_RECORD_CHARS} characters` };
        return;
      }
    }
  }
  if (depth > 0) yield { source: inArray ? { file, index } : { file, line: startLine }, error: 'the file ends inside a record' };
}

/** Reads every record from paths: files, folders (recursively), or "-" for standard input. */
export async function* readRecords(paths: readonly string[], stdin: () => AsyncIterable<string | Buffer> = () => process.stdin): AsyncGenerator<ReadItem> {
  for (const path of paths) {
    if (path === '-') {
      yield* readStream(stdin(), '<stdin>');
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch {
      yield { source: { file: path }, error: 'no such file or folder' };
      continue;
    }
    const files = isDirectory ? filesUnder(path) : (async function* () { yield path; })();
    for await (const file of files) yield* readStream(createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 }), file);
  }
}
