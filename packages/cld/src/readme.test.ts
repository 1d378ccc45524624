import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const readme = readFileSync(join(import.meta.dirname, '../README.md'), 'utf8');

it('the README’s example runs as printed (after the build) and gives the values its comments say', () => {
  const code = /```js\n([\s\S]*?)```/.exec(readme)![1]!;
  const dist = pathToFileURL(join(import.meta.dirname, '../dist/index.js')).href;
  const file = join(mkdtempSync(join(tmpdir(), 'goodday-cld-readme-')), 'example.mjs');
  writeFileSync(file, `${code.replace("from '@goodday/cld'", `from '${dist}'`)}\nconsole.log(JSON.stringify([rows[0].Event_Type, rows[0].Event_Outcome, rows[1].Delivery_Mechanism]));\n`);
  const { status, stdout, stderr } = spawnSync(process.execPath, [file], { cwd: root, encoding: 'utf8' });
  expect(stderr).toBe('');
  expect(status).toBe(0);
  const lines = stdout.trim().split('\n');
  expect(JSON.parse(lines.at(-1)!)).toEqual(['Assessment', 'NFA - Information & Advice / Signposting only', 'CASSR Managed Personal Budget']);
  expect(lines.at(-2)).toMatch(/^4 rows \(1 Assessment, 3 Service\) from 3 records; fields not held: /);
  for (const [, comment] of code.matchAll(/\/\/ '([^']+)'/g)) expect(stdout).toContain(comment);
});
