import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit, auditPaths, readRecords, toCsv, toHtml, toJson } from '../../packages/audit/src/index.js';
import { messageProblem } from './check.js';
import { tally } from './tally.js';
import { chmodStopsReads, hostileTree } from './tree.js';

const within = <T>(work: Promise<T>, ms: number) => Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms: a hang`)), ms))]);
const { root, good, paths } = hostileTree();
const devices = { 'dev-zero': '/dev/zero', 'dev-null': '/dev/null', 'dev-urandom': '/dev/urandom' };
const all: Record<string, string> = { folder: root, ...paths, ...devices };
// As root, chmod 000 does not stop reads: then the locked paths read like any other (the CLI test runs them as nobody).
const locked = chmodStopsReads(paths['unreadable-file']!);

describe('the audit over hostile paths: symlink loops, pipes, devices, unreadable files and folders', () => {
  for (const [name, path] of Object.entries(all)) {
    it(`${name}: answers within the limit, reports what it cannot read in one line, and never throws`, async () => {
      for (const read of [() => audit(readRecords([path, good])), () => auditPaths([path, good], { workers: 1 })]) {
        const summary = await within(read(), 15_000);
        // The good record beside it is always read.
        expect(summary.records).toBeGreaterThanOrEqual(1);
        for (const u of summary.unusable) expect(messageProblem(u.reason), u.reason).toBeUndefined();
        for (const report of [toJson, toCsv, toHtml]) expect(typeof report(summary)).toBe('string');
        if (name in devices || name === 'fifo' || name.startsWith('link-cycle') || name === 'self-link' || name === 'dangling') {
          expect(summary.unusable.map((u) => u.file)).toContain(path);
        }
        if (name === 'unreadable-file' && locked) expect(summary.unusable).toEqual([expect.objectContaining({ file: path, reason: 'permission denied' })]);
        if (name === 'unreadable-file' && !locked) expect(summary.records).toBe(2);
      }
    }, 40_000);
  }

  it('walks the folder once, not round its loops, and reports every bad entry in it', async () => {
    const summary = await within(audit(readRecords([root])), 15_000);
    const reasons = Object.fromEntries(summary.unusable.map((u) => [u.file.slice(root.length + 1), u.reason]));
    expect(reasons).toMatchObject({ 'a.json': 'a symbolic link that loops', 'b.json': 'a symbolic link that loops', 'self.json': 'a symbolic link that loops', 'gone.json': 'no such file or folder', 'pipe.json': 'not a regular file (a pipe, socket or device)' });
    // good.json, folder.json/inner.json, and (unless chmod stops this process) the two locked ones.
    expect(summary.records).toBe(locked ? 2 : 4);
    if (locked) expect(reasons).toMatchObject({ 'locked.json': 'permission denied' });
    tally('inputs', Object.keys(all).length, 'audit paths');
  });
});
