import { createReadStream } from 'node:fs';
import type { FileTask } from './read.js';

/**
 * Splits an NDJSON file into `parts` runs of whole lines of about equal size, so that workers can share one
 * large export. One pass over the bytes finds the line breaks nearest the cut points and counts the lines
 * before them, so that every record keeps its true line number.
 */
export async function splitLines(file: string, bytes: number, parts: number): Promise<FileTask[]> {
  const targets = Array.from({ length: parts - 1 }, (_, i) => Math.floor(((i + 1) * bytes) / parts));
  const cuts: { offset: number; line: number }[] = [];
  let offset = 0;
  let line = 1;
  let next = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) {
      line++;
      const after = offset + i + 1;
      if (next < targets.length && after >= targets[next]!) {
        cuts.push({ offset: after, line });
        next++;
      }
    }
    offset += chunk.length;
    if (next === targets.length) break;
  }
  const tasks: FileTask[] = [];
  let start = { offset: 0, line: 1 };
  for (const cut of [...cuts, { offset: bytes, line: 0 }]) {
    if (cut.offset > start.offset) tasks.push({ file, start: start.offset, end: cut.offset, firstLine: start.line });
    start = cut;
  }
  return tasks;
}
