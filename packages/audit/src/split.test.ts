import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTask } from './read.js';
import { splitLines } from './split.js';

describe('splitting an NDJSON file between workers', () => {
  it('cuts at line breaks into parts that read every line once, with its true line number', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'goodday-split-')), 'x.ndjson');
    const lines = Array.from({ length: 1000 }, (_, i) => (i % 97 === 0 ? 'broken' : JSON.stringify({ n: i, pad: 'x'.repeat(i % 13) })));
    const text = `${lines.join('\n')}\n`;
    writeFileSync(file, text);
    for (const parts of [1, 2, 3, 7]) {
      const tasks = await splitLines(file, Buffer.byteLength(text), parts);
      expect(tasks.length).toBe(parts);
      const seen: (number | undefined)[] = [];
      for (const task of tasks) for await (const item of readTask(task)) seen.push(item.source.line);
      expect(seen).toEqual(lines.map((_, i) => i + 1));
    }
  });
});
