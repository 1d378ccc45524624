import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completePlan } from '../../validate/test/support-plan-fixture.js';
import { goodday as runCli } from '../test/goodday.js';
import type { Io } from './io.js';

const dir = mkdtempSync(join(tmpdir(), 'goodday-hostile-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const plan = file('plan.json', JSON.stringify(completePlan()));
const goodday = (args: string[], io: Partial<Io> = {}) => runCli(args, io);

// Exit 2 with one line that says why: never "internal error", never a stack trace, never nothing.
const refused = async (args: string[], reason: RegExp, io: Partial<Io> = {}) => {
  const { code, stderr } = await goodday(args, io);
  expect(code, args.join(' ')).toBe(2);
  expect(stderr).not.toMatch(/internal error|\n\s+at /);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(reason);
};

describe('unusable usage gets a reason, not an internal error', () => {
  it('no arguments at all print the usage on standard error and exit 2', async () => {
    const { code, stderr } = await goodday([]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Usage: goodday <command>/);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('"%s" is neither a command nor a --format', async (name) => {
    await refused([name], /unknown command/);
    await refused(['render', '--format', name, plan], /--format must be html, md or text/);
    await refused(['audit', '--format', name, plan], /--format must be json, csv, html or cld-check/);
    await refused(['cld', '--la', name, '--from', '2026-04-01', '--to', '2026-06-30', plan], /--la must be an ONS code/);
  });

  it('--out a folder, a missing folder or a full disk says which', async () => {
    await refused(['render', '--out', dir, plan], /it is a folder: give a file name/);
    await refused(['render', '--out', join(dir, 'no/such/dir/x.html'), plan], /its folder does not exist/);
    const full = { writeFile: () => Promise.reject(Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' })) };
    await refused(['render', '--out', '/dev/full', plan], /the disk is full/, full);
    await refused(['audit', '--out', dir, plan], /it is a folder/);
  });

  it('refuses an empty, huge or non-numeric --max-bytes and --max-depth, and depths that could overflow the stack', async () => {
    for (const value of ['', '0', '10000', '1e3', '99999999999999999999']) await refused(['validate', '--max-depth', value, plan], /--max-depth takes a whole number from 1 to 1000/);
    for (const value of ['', 'x', '0']) await refused(['validate', '--max-bytes', value, plan], /--max-bytes takes a whole number/);
    const { code } = await goodday(['validate', '--max-depth', '1000', plan]);
    expect(code).toBe(0);
  });

  it('a record nested 1,000 deep under --max-depth 1000 is checked, not a stack overflow', async () => {
    const deep = file('deep.json', JSON.stringify({ ...completePlan(), extra: 0 }).replace('"extra":0', `"extra":${'{"a":'.repeat(995)}1${'}'.repeat(995)}`));
    const { code, stderr } = await goodday(['validate', '--max-depth', '1000', deep]);
    expect(stderr).not.toMatch(/internal error/);
    expect(code).toBe(1);
  });

  it('lint of a file that cannot be read, and audit merge of malformed or endless summaries, say why', async () => {
    const denied = { readFile: () => Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })) };
    await refused(['lint', plan], /permission denied/, denied);
    await refused(['audit', 'merge', '/dev/zero'], /not a summary file/);
    await refused(['audit', 'merge', file('half.json', '{"format":"goodday-audit-summary/1"')], /not JSON/);
    await refused(['audit', 'merge', file('deep-summary.json', '['.repeat(100_000))], /not JSON/);
    await refused(['audit', 'merge', file('partial.json', '{"format":"goodday-audit-summary/1","records":1}')], /not a Good Day audit summary/);
    const tooBig = { size: async () => ({ bytes: 2 ** 30, isFile: true }) };
    await refused(['audit', 'merge', plan], /far larger than any audit summary/, tooBig);
  });
});

describe('terminal injection', () => {
  it('escapes ESC, CSI (U+009B), U+2028 and newlines from file names and $schema in every message', async () => {
    const name = file('a\u001b[31mred\u009b2J\nline.json', JSON.stringify({ ...completePlan(), $schema: 'https://x/\u009b31m\u2028\u001b]0;t\u0007' }));
    for (const args of [['validate', name], ['render', name], ['lint', join(dir, 'missing\u001b[2J\n.txt')], ['audit', 'merge', name]]) {
      const { stdout, stderr } = await goodday(args);
      for (const out of [stderr, stdout]) expect(out, args.join(' ')).not.toMatch(/[\u001b\u009b\u2028\u0007]/);
      expect(stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });
});

describe('memory', () => {
  it('lint - stops reading standard input just past its 5 MiB limit', async () => {
    let asked: number | undefined;
    const stdin = { readStdin: async (limit?: number) => ((asked = limit), new Uint8Array(limit! + 1)) };
    await refused(['lint', '-'], /over the limit of 5242880 bytes/, stdin);
    expect(asked).toBe(5 * 1024 * 1024);
  });

  it('lint --json prints at most 1,000 findings and says how many more there were', async () => {
    const text = file('labels.txt', 'He was wandering. '.repeat(3000));
    const { code, stdout } = await goodday(['lint', '--json', text]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { findings: unknown[]; findingsLeftOut: number };
    expect(report.findings).toHaveLength(1000);
    expect(report.findingsLeftOut).toBe(2000);
    const plain = await goodday(['lint', text]);
    expect(plain.stdout).toContain('… and 2000 more findings like these');
  });
});
