import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPaths, recordFilesUnder } from './files.js';
import { readRecords } from './read.js';

const example = join(import.meta.dirname, '../../../examples/records/assessment/complete-eligible.json');

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('finding record files', () => {
  const root = mkdtempSync(join(tmpdir(), 'goodday-files-'));
  for (const folder of ['b', 'a/deeper', 'node_modules/pkg', '.git/objects']) mkdirSync(join(root, folder), { recursive: true });
  for (const file of ['b/2.json', 'a/1.ndjson', 'a/deeper/3.JSONL', 'a/notes.txt', 'node_modules/pkg/package.json', '.git/objects/x.json']) copyFileSync(example, join(root, file));
  symlinkSync(root, join(root, 'a/loop'));

  it('finds .json, .ndjson and .jsonl files in name order, skipping node_modules, hidden folders and links to folders', async () => {
    const found = (await collect(recordFilesUnder(root))).map((f) => f.slice(root.length + 1));
    expect(found).toEqual(['a/1.ndjson', 'a/deeper/3.JSONL', 'b/2.json']);
    expect((await expandPaths([root])).map((f) => f.slice(root.length + 1))).toEqual(found);
  });

  it('reads a skipped folder when it is named on its own, and keeps missing paths to be reported', async () => {
    expect(await expandPaths([join(root, '.git'), join(root, 'missing.json')])).toEqual([join(root, '.git/objects/x.json'), join(root, 'missing.json')]);
  });

  it('reports a missing path and a link that loops, each with its reason, and reads the rest', async () => {
    const loops = join(root, 'loops');
    mkdirSync(loops);
    symlinkSync(join(loops, 'y.json'), join(loops, 'x.json'));
    symlinkSync(join(loops, 'x.json'), join(loops, 'y.json'));
    const items = await collect(readRecords([join(root, 'missing.json'), loops, join(root, 'b')]));
    expect(items.map((item) => ('error' in item ? item.error : 'record'))).toEqual(['no such file or folder', 'a symbolic link that loops', 'a symbolic link that loops', 'record']);
  });

  it('reports a named pipe and a device without reading them (they never end), and reads the rest', async () => {
    const odd = join(root, 'odd');
    mkdirSync(odd);
    expect(spawnSync('mkfifo', [join(odd, 'pipe.json')]).status).toBe(0);
    symlinkSync(join(odd, 'pipe.json'), join(odd, 'link-to-pipe.json'));
    symlinkSync(join(root, 'b'), join(odd, 'link-to-folder.json'));
    copyFileSync(example, join(odd, 'record.json'));
    const items = await collect(readRecords([odd, '/dev/zero']));
    // The link to a folder is not followed, though it is named like a record file.
    expect(items.map((item) => ('error' in item ? item.error : 'record'))).toEqual([
      'not a regular file (a pipe, socket or device)',
      'not a regular file (a pipe, socket or device)',
      'record',
      'not a regular file (a pipe, socket or device)',
    ]);
  }, 10_000);

  it('goes on past a folder it cannot list, and hands it over to be reported (it threw, and ended the audit)', async () => {
    const notListable = join(root, 'b/2.json');
    const seen: string[] = [];
    expect(await collect(recordFilesUnder(notListable, (folder) => seen.push(folder)))).toEqual([]);
    expect(seen).toEqual([notListable]);
    await expect(collect(recordFilesUnder(notListable))).rejects.toThrow();
  });
});
