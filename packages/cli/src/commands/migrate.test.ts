import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goodday as runCli } from '../../test/goodday.js';

const old = join(import.meta.dirname, '../../../../examples/records-1.0.0');
const records = join(import.meta.dirname, '../../../../examples/records');
const goodday = (...args: string[]) => runCli(args);
const tmp = () => mkdtempSync(join(tmpdir(), 'goodday-migrate-'));

describe('goodday migrate', () => {
  it('writes one record, moved to the version asked for, to standard output and leaves the file alone', async () => {
    const file = join(old, 'assessment/complete-eligible.json');
    const before = readFileSync(file, 'utf8');
    const { code, stdout, stderr } = await goodday('migrate', file, '--to', '1.1.0');
    expect([code, stderr]).toEqual([0, '']);
    const moved = JSON.parse(stdout) as Record<string, unknown>;
    expect(moved).toEqual({ ...JSON.parse(before), $schema: 'https://goodday.dev/schemas/assessment/1.1.0.json' });
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('moves every 1.0.0 example into --out, and each then validates as 1.1.0 with the findings it had', async () => {
    const out = tmp();
    const files = readdirSync(join(old, 'capacity-decision')).map((f) => join(old, 'capacity-decision', f));
    const { code, stdout } = await goodday('migrate', '--to', '1.1.0', '--out', out, ...files);
    expect(code).toBe(0);
    expect(stdout).toBe(`Migrated ${files.length} of ${files.length} records to 1.1.0, into ${out}.\n`);
    const written = readdirSync(out).sort();
    expect(written).toEqual(files.map((f) => f.split('/').at(-1)).sort());
    const validated = await goodday('validate', '--json', join(out, 'complete-has-capacity.json'));
    expect(JSON.parse(validated.stdout).results[0]).toMatchObject({ kind: 'capacity-decision', version: '1.1.0' });
  });

  it('makes the --out folder when it is not there', async () => {
    const out = join(tmp(), 'new', 'folder');
    const { code } = await goodday('migrate', '--to', '1.1.0', '--out', out, join(old, 'assessment/draft.json'));
    expect(code).toBe(0);
    expect(readdirSync(out)).toEqual(['draft.json']);
  });

  it('refuses, in one line, to move a record down when it would lose data, and goes on with the others', async () => {
    const out = tmp();
    const lossy = join(records, 'assessment/complete-eligible.json');
    const fine = join(records, 'assessment/draft.json');
    const { code, stdout, stderr } = await goodday('migrate', '--to', '1.0.0', '--out', out, lossy, fine);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/complete-eligible\.json: The assessment cannot go back to 1\.0\.0 without losing data, because 1\.0\.0 has no place for \/needs\/2\/fluctuationPeriod: keep it at 1\.1\.0\./);
    expect(stdout).toContain('Migrated 1 of 2 records');
    expect(readdirSync(out)).toEqual(['draft.json']);
  });

  it.each([
    [['migrate', 'x.json'], /say which version to move to with --to/],
    [['migrate', '--to', '1.1.0'], /no files given/],
    [['migrate', '--to', '1.1.0', join(old, 'assessment/draft.json'), join(old, 'support-plan/draft.json')], /more than one file: give --out/],
    [['migrate', '--to', '1.1.0', '--out', join(old, 'assessment/draft.json'), join(old, 'support-plan/draft.json')], /is a file, not a folder/],
    [['migrate', '--to', '1.1.0', '--out', join(old, 'assessment'), join(old, 'assessment/draft.json')], /would replace .*draft\.json/],
    [['migrate', '--to', '1.1.0', '--out', tmp(), join(old, 'assessment/draft.json'), join(old, 'support-plan/draft.json')], /two files are named draft\.json/],
    [['migrate', '--to', '2.0.0', join(old, 'assessment/draft.json')], /There is no assessment schema version "2\.0\.0": migrate to one of 1\.0\.0, 1\.1\.0\./],
    [['migrate', '--to', '1.1.0', join(old, 'nope.json')], /nope\.json: no such file/],
  ])('exits 2 with one line for %j', async (args, reason) => {
    const { code, stderr } = await goodday(...args);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(reason);
  });

  it('says in one line when a file is not a Good Day record', async () => {
    const file = join(tmp(), 'other.json');
    writeFileSync(file, '{"$schema": "https://example.org/other.json"}');
    const { code, stderr } = await goodday('migrate', '--to', '1.1.0', file);
    expect(code).toBe(2);
    expect(stderr).toMatch(/other\.json: The record's "\$schema" does not name a published Good Day record schema/);
  });
});
