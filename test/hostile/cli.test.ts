import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GoodDayInputError, parseRecord, validate } from '@goodday/validate';
import { CANARY } from './canary.js';
import { MAX_MESSAGE } from './check.js';
import { hostileCorpus, sample, type Hostile } from './corpus.js';
import { FULL, tally } from './tally.js';
import { asUnprivileged, chmodStopsReads, hostileTree } from './tree.js';

const bin = join(import.meta.dirname, '../../packages/cli/bin/goodday.js');
const dir = mkdtempSync(join(tmpdir(), 'goodday-hostile-cli-'));
let spawns = 0;

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
  killed: boolean;
}

/** Runs the goodday command as a user would, with a time limit: a hang is a failure, not a stuck test run. */
function goodday(args: readonly string[], options: { prefix?: readonly string[]; stdin?: Uint8Array | string } = {}): Promise<Ran> {
  spawns++;
  const [command, ...rest] = [...(options.prefix ?? []), process.execPath, bin, ...args];
  return new Promise((resolve) => {
    const child = spawn(command!, rest, { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, 30_000);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.stdin ?? '');
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, killed });
    });
  });
}

/** Problems with a run that ended in exit 2: exactly one line on standard error, no stack, bounded, no record text. */
function unusableProblem(r: Ran): string | undefined {
  if (r.killed) return 'did not finish within 30 s';
  if (r.code !== 2) return `exit ${r.code}, not 2`;
  const lines = r.stderr.split('\n');
  if (lines.length !== 2 || lines[1] !== '') return `${lines.length - 1} lines on standard error: ${JSON.stringify(r.stderr.slice(0, 300))}`;
  return lineProblem(lines[0]!);
}
function lineProblem(line: string): string | undefined {
  if (!line.startsWith('goodday: ')) return `a line that does not start "goodday: ": ${line.slice(0, 200)}`;
  if (/internal error|please report/.test(line)) return `an internal error: ${line.slice(0, 200)}`;
  if (line.length > MAX_MESSAGE + 200) return `a line of ${line.length} characters`;
  if (line.includes(CANARY)) return `record text on standard error: ${line.slice(0, 200)}`;
  return undefined;
}
const stackIn = (r: Ran) => /\n\s+at |node:internal|Error: .*\n|\.js:\d+:\d+/.test(r.stdout + r.stderr);

const textInputs = hostileCorpus(false).filter((h): h is Extract<Hostile, { type: 'text' }> => h.type === 'text');
const groups = [...new Set(textInputs.map((h) => h.group))];
// An even sample of every group for the one-file commands; the batches take every text input.
const perGroup = FULL ? 25 : 2;
const sampled = groups.flatMap((g) => sample(textInputs.filter((h) => h.group === g), perGroup));
const files = new Map<Hostile, string>();
textInputs.forEach((h, i) => {
  const file = join(dir, `input-${i}.${h.ndjson ? 'ndjson' : 'json'}`);
  writeFileSync(file, h.make());
  files.set(h, file);
});

/** What the in-process API says of a file: unusable (exit 2), or valid or not. */
function expected(file: string): 'unusable' | 'valid' | 'invalid' {
  try {
    return validate(parseRecord(readFileSync(file))).valid ? 'valid' : 'invalid';
  } catch (error) {
    if (error instanceof GoodDayInputError) return 'unusable';
    throw error;
  }
}

async function inTwos<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all([0, 1].map(async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

describe('goodday validate over the whole text corpus, in batches', () => {
  const all = [...files.values()];
  const batches = Array.from({ length: Math.ceil(all.length / 400) }, (_, i) => all.slice(i * 400, i * 400 + 400));
  batches.forEach((batch, i) => {
    it(`batch ${i + 1}/${batches.length}: one line on standard error for each unusable file, exit 2 when any is, and the rest judged as in-process`, async () => {
      const r = await goodday(['validate', '--json', ...batch]);
      expect(r.killed).toBe(false);
      expect(stackIn(r)).toBe(false);
      const unusable = batch.filter((f) => expected(f) === 'unusable');
      const lines = r.stderr.split('\n').filter(Boolean);
      expect(lines.length).toBe(unusable.length);
      for (const line of lines) expect(lineProblem(line)).toBeUndefined();
      expect(r.code).toBe(unusable.length > 0 ? 2 : batch.some((f) => expected(f) === 'invalid') ? 1 : 0);
      const results = JSON.parse(r.stdout).results as { file: string; valid?: boolean; error?: unknown }[];
      expect(results.map((x) => x.file)).toEqual(batch);
      for (const x of results) expect(x.error ? 'unusable' : x.valid ? 'valid' : 'invalid').toBe(expected(x.file));
      expect(r.stdout.includes(CANARY)).toBe(false);
    }, 120_000);
  });
});

describe('goodday audit over the whole text corpus at once', () => {
  it('exits 0, writes the reports, holds no record text, and counts every file', async () => {
    const all = [...files.values()];
    for (const format of FULL ? ['json', 'csv', 'html'] : ['json']) {
      const out = join(dir, `audit.${format}`);
      const r = await goodday(['audit', '--workers', '2', '--format', format, '--out', out, ...all]);
      expect(r.killed).toBe(false);
      expect([r.code, r.stderr]).toEqual([0, '']);
      const report = readFileSync(out, 'utf8');
      expect(report.includes(CANARY)).toBe(false);
      if (format === 'json') {
        const summary = JSON.parse(report);
        expect(summary.records + summary.unusableCount).toBeGreaterThanOrEqual(all.length - textInputs.filter((h) => h.group === 'streams' || h.group === 'not-json').length);
      }
    }
  }, 300_000);
});

describe('goodday render and lint on a sample of the corpus, one file each', () => {
  it(`${sampled.length} inputs: exit 2 with one line and no --out for unusable input, never a stack or a hang`, async () => {
    const failures: string[] = [];
    await inTwos(sampled, async (h) => {
      const file = files.get(h)!;
      const out = join(dir, `render-${spawns}.html`);
      const want = expected(file);
      const rendered = await goodday(['render', '--draft', '--out', out, file]);
      if (stackIn(rendered)) failures.push(`${h.id}: render printed a stack`);
      if (want === 'unusable') {
        const p = unusableProblem(rendered);
        if (p) failures.push(`${h.id}: render ${p}`);
      } else if (rendered.code !== (want === 'valid' ? 0 : 1)) failures.push(`${h.id}: render exit ${rendered.code} for a ${want} record: ${rendered.stderr.slice(0, 200)}`);
      if (existsSync(out) !== (rendered.code === 0)) failures.push(`${h.id}: render ${rendered.code === 0 ? 'did not write' : 'wrote'} --out with exit ${rendered.code}`);
      const linted = await goodday(['lint', '--json', file]);
      if (stackIn(linted) || linted.killed) failures.push(`${h.id}: lint printed a stack or hung`);
      if (linted.code === 2 && unusableProblem(linted)) failures.push(`${h.id}: lint ${unusableProblem(linted)}`);
      if (linted.code !== 2 && (linted.stderr !== '' || !Array.isArray(JSON.parse(linted.stdout).findings))) failures.push(`${h.id}: lint exit ${linted.code} with ${linted.stderr.slice(0, 200)}`);
    });
    expect(failures).toEqual([]);
  }, 600_000);
});

const record = join(import.meta.dirname, '../../examples/records/assessment/complete-eligible.json');
const long = 'x'.repeat(5_000);
/** Usage that cannot work: unknown commands and flags, bad values, missing arguments. Each must exit 2 with one line. */
const USAGE: readonly (readonly string[])[] = [
  ['constructor'],
  ['__proto__'],
  ['toString', record],
  ['help', 'constructor'],
  ['help', 'hasOwnProperty'],
  ['frobnicate'],
  ['VALIDATE', record],
  [''],
  [long],
  ['--frobnicate'],
  ['-x'],
  [`--${long}`],
  ['validate'],
  ['validate', '--frobnicate', record],
  ['validate', `--${long}`, record],
  ['validate', '-x', record],
  ['validate', '--json=yes', record],
  ['validate', '--max-bytes', '-1', record],
  ['validate', '--max-bytes', '1e3', record],
  ['validate', '--max-depth', 'abc', record],
  ['validate', '--max-depth', '0', record],
  ['validate', '--with'],
  ['validate', '--with', join(dir, 'missing.json'), record],
  ['validate', join(dir, 'missing.json')],
  ['validate', dir],
  ['validate', '/dev/null'],
  ['validate', `${dir}/line\nbreak.json`],
  ['validate', `${dir}/${long.slice(0, 200)}.json`],
  ['render'],
  ['render', record, record],
  ['render', '--format', 'xml', record],
  ['render', '--format', long, record],
  ['render', '--out'],
  ['render', '--draft=yes', record],
  ['render', join(dir, 'missing.json'), '--out', join(dir, 'never.html')],
  ['render', `${dir}/line\nbreak.json`, '--out', join(dir, 'never.html')],
  ['lint', '--voice', 'robot'],
  ['lint', '--voice', long],
  ['lint', 'a.txt', 'b.txt'],
  ['lint', join(dir, 'missing.txt')],
  ['lint', dir],
  ['lint', `${dir}/line\nbreak.txt`],
  ['schema', 'nope'],
  ['schema', long],
  ['schema', 'assessment', '--version', '9.9.9'],
  ['schema', 'assessment', '--version', long],
  ['schema', 'a', 'b'],
  ['audit'],
  ['audit', '--format', 'pdf', record],
  ['audit', '--workers', '0', record],
  ['audit', '--workers', '1e3', record],
  ['audit', '--workers', '257', record],
  ['audit', '--workers', 'two', record],
  ['audit', '--frobnicate', record],
  ['audit', join(dir, 'missing'), '--out', join(dir, 'never.json')],
  ['audit', `${dir}/line\nbreak`, '--out', join(dir, 'never.json')],
  ['audit', 'merge'],
  ['audit', 'merge', record],
  ['audit', 'merge', join(dir, 'missing.json')],
  ['audit', 'merge', '/dev/null'],
  ['help', 'nope', '--frobnicate'],
  // Issue 21: prototype names as values, --out where nothing can be written, empty and huge limits, endless or forged summaries.
  ['render', '--format', 'constructor', record],
  ['render', '--format', '__proto__', record],
  ['render', '--format', 'toString', record],
  ['audit', '--format', 'constructor', record],
  ['audit', '--format', '__proto__', record],
  ['render', '--out', '.', record],
  ['render', '--out', 'no/such/dir/x.html', record],
  ...(existsSync('/dev/full') ? [['render', '--out', '/dev/full', record], ['audit', '--out', '/dev/full', record]] : []),
  ['audit', '--out', '.', record],
  ['validate', '--max-depth', '10000', record],
  ['validate', '--max-depth', '', record],
  ['validate', '--max-bytes', '', record],
  ['audit', 'merge', '/dev/zero'],
  ['audit', 'merge', join(import.meta.dirname, '../../packages/cli/package.json')],
];

describe('goodday with unusable usage', () => {
  it(`${USAGE.length} command lines: exit 2, exactly one line on standard error, no stack, no --out written`, async () => {
    const failures: string[] = [];
    await inTwos(USAGE, async (args) => {
      const r = await goodday(args);
      const p = unusableProblem(r) ?? (stackIn(r) ? 'a stack trace' : undefined);
      if (p) failures.push(`goodday ${JSON.stringify(args).slice(0, 120)}: ${p}`);
    });
    for (const never of ['never.html', 'never.json']) expect(existsSync(join(dir, never)), never).toBe(false);
    expect(failures).toEqual([]);
  }, 300_000);

  it('with nothing at all: the usage on standard error, as the reason for exit 2 (nothing was said)', async () => {
    const r = await goodday([]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/^Usage: goodday <command>/);
  });

  it('escapes ESC, CSI (U+009B), U+2028 and newlines from file names and "$schema": one line, no control character', async () => {
    const name = join(dir, 'a\u001b[31mred\u009b2J\nline.json');
    writeFileSync(name, JSON.stringify({ ...JSON.parse(readFileSync(record, 'utf8')), $schema: `https://x/\u009b31m\u2028\u001b]0;title\u0007` }));
    const failures: string[] = [];
    for (const args of [['validate', name], ['render', name], ['lint', join(dir, 'missing\u001b[2J\n.txt')], ['audit', 'merge', name], ['validate', '--with', name, record]]) {
      const r = await goodday(args);
      const p = unusableProblem(r) ?? (/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/.test(r.stderr + r.stdout) ? `a control character: ${JSON.stringify(r.stderr.slice(0, 200))}` : undefined);
      if (p) failures.push(`${args[0]}: ${p}`);
    }
    expect(failures).toEqual([]);
  });

  it('merges only summaries: a partial summary file is refused in one line; "__proto__" stays a key of its own', async () => {
    const forged = join(dir, 'forged-summary.json');
    const summaries = {
      proto: `{"format":"goodday-audit-summary/1","records":1,"byKind":{},"rules":{"__proto__":{"applied":1,"passed":1,"failed":0}},"safeguarding":{"asked":{},"achieved":{},"riskOutcome":{}},"language":{"findings":{},"readingEase":[0,0,0,0,0,0,0],"textsScored":0},"unusableCount":0,"unusable":[]}`,
      'missing-parts': '{"format":"goodday-audit-summary/1","records":1}',
      'wrong-types': '{"format":"goodday-audit-summary/1","records":1,"byKind":[],"rules":"x","safeguarding":null,"language":{"readingEase":"x"},"unusableCount":"1","unusable":{}}',
    };
    const failures: string[] = [];
    for (const [name, body] of Object.entries(summaries).filter(([n]) => n !== 'proto')) {
      writeFileSync(forged, body);
      const out = join(dir, `merged-${name}.json`);
      const r = await goodday(['audit', 'merge', '--out', out, forged, forged]);
      const p = unusableProblem(r) ?? (stackIn(r) ? 'a stack trace' : undefined);
      if (p) failures.push(`${name}: ${p}`);
      if (existsSync(out)) failures.push(`${name}: wrote --out`);
    }
    expect(failures).toEqual([]);
    writeFileSync(forged, summaries.proto);
    const out = join(dir, 'merged-proto.json');
    const r = await goodday(['audit', 'merge', '--out', out, forged, forged]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(readFileSync(out, 'utf8')).rules).toEqual(JSON.parse('{"__proto__":{"applied":2,"passed":2,"failed":0}}'));
  }, 60_000);
});

describe('goodday audit over hostile paths', () => {
  const { root, good, paths } = hostileTree();
  const unprivileged = asUnprivileged();
  const locked = chmodStopsReads(paths['unreadable-file']!);

  it('a folder with symlink loops, a named pipe and locked entries: exits 0 in time, reports each bad entry, reads the rest', async () => {
    const out = join(dir, 'tree.json');
    const r = await goodday(['audit', '--workers', '2', '--out', out, root, '/dev/zero']);
    expect([r.killed, r.code, r.stderr]).toEqual([false, 0, '']);
    const summary = JSON.parse(readFileSync(out, 'utf8'));
    const reasons = Object.fromEntries(summary.unusable.map((u: { file: string; reason: string }) => [u.file.replace(`${root}/`, ''), u.reason]));
    expect(reasons).toMatchObject({ 'a.json': 'a symbolic link that loops', 'pipe.json': 'not a regular file (a pipe, socket or device)', '/dev/zero': 'not a regular file (a pipe, socket or device)' });
    expect(summary.records).toBe(locked ? 2 : 4);
  }, 60_000);

  // As root chmod stops nothing; then the locked paths are read as the user nobody, where it does. Said, not skipped.
  it(`unreadable file and folder (${locked ? 'chmod stops this user' : unprivileged ? 'as root: run as nobody with setpriv' : 'as root with no setpriv: chmod cannot be tested, the files read as usual'})`, async () => {
    const prefix = locked ? [] : unprivileged;
    if (!prefix) {
      const r = await goodday(['audit', '--workers', '1', paths['unreadable-file']!]);
      expect(JSON.parse(r.stdout).records).toBe(1);
      return;
    }
    const r = await goodday(['audit', '--workers', '1', paths['unreadable-file']!, paths['unreadable-folder']!, good], { prefix });
    expect([r.killed, r.code]).toEqual([false, 0]);
    expect(r.stderr).toBe('');
    const summary = JSON.parse(r.stdout);
    expect(summary.records).toBe(1);
    expect(summary.unusable.map((u: { reason: string }) => u.reason)).toEqual(['permission denied', 'permission denied']);
    for (const command of ['validate', 'lint']) {
      const v = await goodday([command, paths['unreadable-file']!], { prefix });
      expect(unusableProblem(v), command).toBeUndefined();
      expect(v.stderr).toMatch(/permission denied/);
    }
  }, 60_000);
});

mkdirSync(dir, { recursive: true });
afterAll(() => tally('spawns', spawns, 'cli'));
