import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { recordFilesUnder, whyUnreadable } from './files.js';
import type { ReadItem, Source } from './item.js';

export type { ReadItem, Source } from './item.js';

const MAX_RECORD_CHARS = 5 * 1024 * 1024;
// Read a quarter of a megabyte at a time: fewer, larger reads cost less per line than 64 KB ones (see bench/audit).
const CHUNK_BYTES = 1 << 18;

/** Bytes of input read so far, for a progress line: added to as each chunk of a file is read. */
export interface ReadCounter {
  bytes: number;
}

/**
 * The chunks of a file, or of its bytes from `start` to `end` (inclusive), counted into `counter` as they are
 * read: as text, or as bytes for NDJSON, which is split into lines before it is decoded.
 */
async function* fileChunks(file: string, how: { counter?: ReadCounter; bytes?: boolean; start?: number; end?: number }): AsyncGenerator<string | Buffer> {
  const { counter, bytes, start, end } = how;
  const stream = createReadStream(file, { ...(bytes ? {} : { encoding: 'utf8' as const }), highWaterMark: CHUNK_BYTES, ...(start === undefined ? {} : { start, end }) });
  let before = 0;
  for await (const chunk of stream as AsyncIterable<string | Buffer>) {
    if (counter) {
      counter.bytes += stream.bytesRead - before;
      before = stream.bytesRead;
    }
    yield chunk;
  }
}

const NOT_A_FILE = 'not a regular file (a pipe, socket or device)';

const parse = (text: string, source: Source): ReadItem => {
  if (text.length > MAX_RECORD_CHARS) return { source, error: `over ${MAX_RECORD_CHARS} characters` };
  try {
    return { source, value: JSON.parse(text) };
  } catch {
    return { source, error: 'not valid JSON' };
  }
};

// A line can be no longer than this in bytes and still be a record within MAX_RECORD_CHARS (3 bytes a character at most).
const MAX_LINE_BYTES = 3 * MAX_RECORD_CHARS;

const lineItem = (text: string, source: Source): ReadItem | undefined => {
  const row = text.trim();
  if (!row) return undefined;
  return row.startsWith('{') ? parse(row, source) : { source, error: 'a line that is not a JSON record' };
};

/**
 * Reads NDJSON: one record per line, so a broken line is reported and the next line reads as usual. Lines are
 * found in the bytes and each is decoded on its own: no string is made of a whole chunk, and a character split
 * between chunks is whole again in its line. A line over the limit is reported and skipped to its end, unkept.
 */
export async function* readLines(chunks: AsyncIterable<string | Buffer>, file: string, firstLine = 1): AsyncGenerator<ReadItem> {
  let line = firstLine - 1;
  // The start of a line that a later chunk finishes, in pieces, so that a long line is joined once.
  let carry: Buffer[] = [];
  let carried = 0;
  // Past the limit, the rest of the line is dropped as it comes: only its end is looked for.
  let overLong = false;
  for await (const piece of chunks) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    let from = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, from)) {
      line++;
      if (overLong) {
        overLong = false;
        from = nl + 1;
        continue;
      }
      const text = carried > 0 ? Buffer.concat([...carry, chunk.subarray(0, nl)]).toString('utf8') : chunk.toString('utf8', from, nl);
      carry = [];
      carried = 0;
      from = nl + 1;
      const item = lineItem(text, { file, line });
      if (item) yield item;
    }
    if (from < chunk.length && !overLong) {
      carry.push(chunk.subarray(from));
      carried += chunk.length - from;
      if (carried > MAX_LINE_BYTES) {
        yield { source: { file, line: line + 1 }, error: `over ${MAX_RECORD_CHARS} characters` };
        carry = [];
        carried = 0;
        overLong = true;
      }
    }
  }
  const item = carried > 0 ? lineItem(Buffer.concat(carry).toString('utf8'), { file, line: line + 1 }) : undefined;
  if (item) yield item;
}

const NOT_A_RECORD = 'not a JSON object (a Good Day record is one)';

/**
 * Reads a JSON file holding one record at a time: a JSON array (each element in turn) or one record (or
 * several, one after another). The shape is told from the first character: "[" is an array. Every element is
 * counted: one that is not an object, or is over the limit, is reported by its place and the next is read as usual.
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
  // Skipping to the end of a line that is not a record: a state kept across chunks, as the line can end in the next.
  let skipping = false;
  // Inside an array element that is not an object or array: a string (its quotes tracked by inString) or a bare word or number.
  let scalar: 'string' | 'bare' | undefined;
  // Inside a record over the limit: its end is still found, but nothing of it is kept.
  let discarding = false;
  const place = (): Source => (inArray ? { file, index: index++ } : { file, line: startLine });
  // Bytes are decoded across chunks, so a character split between two chunks stays whole.
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) line++;
      if (skipping) {
        if (c === 0x0a) skipping = false;
        continue;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 0x5c) escaped = true;
        else if (c === 0x22) {
          inString = false;
          if (scalar === 'string') {
            scalar = undefined;
            yield { source: { file, index: index++ }, error: NOT_A_RECORD };
          }
        }
        continue;
      }
      if (scalar === 'bare') {
        if (c > 0x20 && c !== 0x2c && c !== 0x5d && c !== 0xfeff) continue;
        scalar = undefined;
        yield { source: { file, index: index++ }, error: NOT_A_RECORD };
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
          if (discarding) {
            discarding = false;
            continue;
          }
          const whole = current + text.slice(from, i + 1);
          current = '';
          yield parse(whole, place());
        }
      } else if (depth === 0 && inArray && c > 0x20 && c !== 0x2c && c !== 0xfeff) {
        // An element of the array that is not an object: counted and reported, and the next element read as usual.
        if (c === 0x22) {
          inString = true;
          scalar = 'string';
        } else scalar = 'bare';
      } else if (depth === 0 && c > 0x20 && c !== 0x2c && c !== 0xfeff) {
        // Something other than a record between records: report the line and skip to its end.
        yield { source: { file, line }, error: 'a line that is not a JSON record' };
        skipping = true;
      }
    }
    if (depth > 0 && !discarding) {
      current += text.slice(from);
      if (current.length > MAX_RECORD_CHARS) {
        yield { source: place(), error: `over ${MAX_RECORD_CHARS} characters` };
        current = '';
        discarding = true;
      }
    }
  }
  if (scalar !== undefined) yield { source: { file, index: index++ }, error: scalar === 'bare' ? NOT_A_RECORD : 'the file ends inside a record' };
  else if (depth > 0 && !discarding) yield { source: place(), error: 'the file ends inside a record' };
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
    } catch (error) {
      yield { source: { file: path }, error: whyUnreadable(error) };
      continue;
    }
    const unlisted: ReadItem[] = [];
    const files = isDirectory ? recordFilesUnder(path, (folder, error) => unlisted.push({ source: { file: folder }, error: whyUnreadable(error) })) : (async function* () { yield path; })();
    for await (const file of files) {
      yield* unlisted.splice(0);
      // A named pipe or a device (/dev/zero) never ends: reading one would hang the audit, or all of it once the pipes hold every file-system thread.
      const info = await stat(file).catch(() => undefined);
      if (info && !info.isFile()) {
        yield { source: { file }, error: info.isDirectory() ? 'a folder where a file was expected' : NOT_A_FILE };
        continue;
      }
      const ndjson = /\.(ndjson|jsonl)$/i.test(file);
      const chunks = fileChunks(file, { counter, bytes: ndjson });
      try {
        yield* ndjson ? readLines(chunks, file) : readStream(chunks, file);
      } catch (error) {
        // A file that cannot be opened or stops reading part-way is reported, and the audit goes on to the next.
        yield { source: { file }, error: whyUnreadable(error) };
      }
    }
    yield* unlisted.splice(0);
  }
}

/** Whether the first thing in a chunk, past white space and a byte order mark, is "[". The chunk is not decoded, so no character is cut in two. */
function startsArray(head: string | Buffer): boolean {
  if (typeof head === 'string') return head.trimStart().startsWith('[');
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  return head[i] === 0x5b;
}

/** Standard input: a JSON array when it starts with "[", otherwise NDJSON. */
async function* readStdin(chunks: AsyncIterable<string | Buffer>): AsyncGenerator<ReadItem> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const head = first.value;
  const rest = (async function* () {
    yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  })();
  yield* startsArray(head) ? readStream(rest, '<stdin>') : readLines(rest, '<stdin>');
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
  yield* readLines(fileChunks(task.file, { counter, bytes: true, start: task.start, end: task.end! - 1 }), task.file, task.firstLine ?? 1);
}
