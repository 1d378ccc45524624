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

/** Bytes of input read so far, for a progress line: added to as each chunk of a file is read. */
export interface ReadCounter {
  bytes: number;
}

/** The chunks of a file read from byte `start` to `end` (inclusive), counted into `counter` as they are read. */
async function* fileChunks(file: string, counter?: ReadCounter, start?: number, end?: number): AsyncGenerator<string> {
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16, ...(start === undefined ? {} : { start, end }) });
  let before = 0;
  for await (const chunk of stream as AsyncIterable<string>) {
    if (counter) {
      counter.bytes += stream.bytesRead - before;
      before = stream.bytesRead;
    }
    yield chunk;
  }
}

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

/** Reads NDJSON: one record per line, so a broken line is reported and the next line reads as usual. */
export async function* readLines(chunks: AsyncIterable<string | Buffer>, file: string, firstLine = 1): AsyncGenerator<ReadItem> {
  let pending = '';
  let line = firstLine - 1;
  for await (const chunk of chunks) {
    const text = pending + (typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
    let from = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
      line++;
      const row = text.slice(from, nl).trim();
      from = nl + 1;
      if (row) yield row.startsWith('{') ? parse(row, { file, line }) : { source: { file, line }, error: 'a line that is not a JSON record' };
    }
    pending = text.slice(from);
    if (pending.length > MAX_RECORD_CHARS) {
      yield { source: { file, line: line + 1 }, error: `over ${MAX_RECORD_CHARS} characters` };
      return;
    }
  }
  const last = pending.trim();
  if (last) yield last.startsWith('{') ? parse(last, { file, line: line + 1 }) : { source: { file, line: line + 1 }, error: 'a line that is not a JSON record' };
}

/**
 * Reads a JSON file holding one record at a time: a JSON array (each element in turn) or one record (or
 * several, one after another). The shape is told from the first character: "[" is an array.
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

/** Reads every record from paths: files, folders (recursively), or "-" for standard input; files' bytes are counted into `counter`. */
export async function* readRecords(paths: readonly string[], stdin: () => AsyncIterable<string | Buffer> = () => process.stdin, counter?: ReadCounter): AsyncGenerator<ReadItem> {
  for (const path of paths) {
    if (path === '-') {
      yield* readStdin(stdin());
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
    for await (const file of files) {
      const chunks = fileChunks(file, counter);
      yield* /\.(ndjson|jsonl)$/i.test(file) ? readLines(chunks, file) : readStream(chunks, file);
    }
  }
}

/** Standard input: a JSON array when it starts with "[", otherwise NDJSON. */
async function* readStdin(chunks: AsyncIterable<string | Buffer>): AsyncGenerator<ReadItem> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const head = typeof first.value === 'string' ? first.value : first.value.toString('utf8');
  const rest = (async function* () {
    yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  })();
  yield* head.trimStart().startsWith('[') ? readStream(rest, '<stdin>') : readLines(rest, '<stdin>');
}

/** Part of a file to read: a whole file, or a run of whole NDJSON lines from byte `start` (line `firstLine`) to byte `end`. */
export interface FileTask {
  readonly file: string;
  readonly start?: number;
  readonly end?: number;
  readonly firstLine?: number;
}

/** Reads one task: a byte range of an NDJSON file, or a whole file of any shape; its bytes are counted into `counter`. */
export async function* readTask(task: FileTask, counter?: ReadCounter): AsyncGenerator<ReadItem> {
  if (task.start === undefined) {
    yield* readRecords([task.file], undefined, counter);
    return;
  }
  yield* readLines(fileChunks(task.file, counter, task.start, task.end! - 1), task.file, task.firstLine ?? 1);
}
