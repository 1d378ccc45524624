import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const start = readme.indexOf('## For vendors: FHIR for shared care records');
const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
const examples = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('the README FHIR example, run as written', () => {
  it('is there, and runs from the repository root printing what its comments say', () => {
    expect(examples).toHaveLength(1);
    // Written inside this package, so that `@goodday/fhir` resolves to it (the built package) as in a vendor's project.
    const dir = mkdtempSync(join(import.meta.dirname, '../.readme-example-'));
    try {
      writeFileSync(join(dir, 'example.mjs'), examples[0]!);
      const run = spawnSync(process.execPath, [join(dir, 'example.mjs')], { cwd: root, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      const printed = examples[0]!.match(/^\/\/ (https:.*)$/m)![1];
      expect(run.stdout).toBe(`${printed}\ntrue\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
