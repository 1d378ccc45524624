import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goodday as runCli } from '../../test/goodday.js';

const records = join(import.meta.dirname, '../../../../examples/records');
const out = mkdtempSync(join(tmpdir(), 'goodday-render-'));

const goodday = (...args: string[]) => runCli(args);

const valid = readdirSync(records, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(records, d.name)).filter((f) => f.endsWith('.json') && !f.startsWith('invalid-')).map((f) => join(d.name, f)));

describe('goodday render', () => {
  it.each(valid.flatMap((file) => ['html', 'md', 'text'].map((format) => [file, format])))('renders every valid example: %s as %s', async (file, format) => {
    const { code, stdout, stderr } = await goodday('render', join(records, file), '--format', format, '--draft');
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.length).toBeGreaterThan(200);
  });

  it.each(['html', 'md', 'text'])('renders a record as %s', async (format) => {
    const { code, stdout } = await goodday('render', join(records, 'assessment/complete-eligible.json'), '--format', format);
    expect(code).toBe(0);
    expect(stdout).toContain('What a good day looks like for you');
  });

  it('writes to --out', async () => {
    const file = join(out, 'lily.html');
    expect((await goodday('render', join(records, 'support-plan/complete-direct-payment.json'), '--out', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('refuses a record with errors, listing them, and a draft without --draft', async () => {
    const invalid = await goodday('render', join(records, 'assessment/invalid-good-day.json'));
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('error   assessment/good-day');
    expect((await goodday('render', join(records, 'assessment/draft.json'))).code).toBe(1);
    expect((await goodday('render', join(records, 'assessment/draft.json'), '--draft')).code).toBe(0);
  });

  it.each([
    [['render'], /give one record file/],
    [['render', join(records, 'assessment/draft.json'), '--format', 'pdf'], /--format must be html, md or text, not "pdf"/],
    [['render', join(records, 'nope.json')], /nope\.json: no such file/],
  ])('exits 2 with one line for %j', async (args, reason) => {
    const { code, stderr } = await goodday(...args);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(reason);
  });
});
