import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
// The built package: worker threads start from the built worker file beside it (run after `pnpm build`).
import { auditPaths } from '../dist/index.js';

it('gives the same summary on one thread and on workers sharing one large NDJSON file, split at line breaks', async () => {
  const examples = join(import.meta.dirname, '../../../examples/records');
  const base = ['assessment/complete-eligible.json', 'assessment/invalid-strengths.json', 'capacity-decision/complete-imca.json', 'safeguarding-enquiry/open.json'].map((f) =>
    JSON.stringify(JSON.parse(readFileSync(join(examples, f), 'utf8'))),
  );
  // Over the 8 MB at which a file is split: about 2,000 records, with a broken line now and then.
  const lines = Array.from({ length: 2_000 }, (_, i) => (i % 501 === 0 ? '{"broken":' : base[i % base.length]!.replace(/"id":"([^"]+)"/, `"id":"$1-${i}"`)));
  const file = join(mkdtempSync(join(tmpdir(), 'goodday-parallel-')), 'export.ndjson');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const progress = { 1: [] as [number, number | undefined][], 2: [] as [number, number | undefined][] };
  const one = await auditPaths([file], { workers: 1, onProgress: (records, share) => progress[1].push([records, share]) });
  const two = await auditPaths([file], { workers: 2, onProgress: (records, share) => progress[2].push([records, share]) });
  // Progress rises with the records, as a share of the file's bytes read, for the time-left estimate.
  for (const calls of Object.values(progress)) {
    expect(calls.length).toBeGreaterThan(2);
    expect(calls.every(([, share], i) => share! > 0 && share! <= 1 && (i === 0 || share! >= calls[i - 1]![1]!))).toBe(true);
    expect(calls.at(-1)![0]).toBeGreaterThanOrEqual(1_500);
  }
  expect(two).toEqual(one);
  expect(one.unusable.map((u) => u.line)).toEqual([1, 502, 1003, 1504]);
}, 120_000);
