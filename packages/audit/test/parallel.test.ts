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
  const one = await auditPaths([file], { workers: 1 });
  const two = await auditPaths([file], { workers: 2 });
  expect(one.records + one.unusableCount).toBe(2_000);
  expect(two).toEqual(one);
  expect(one.unusable.map((u) => u.line)).toEqual([1, 502, 1003, 1504]);
}, 120_000);
