import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLD_FIELDS } from '@goodday/cld';
import { goodday as runCli } from '../../test/goodday.js';

const records = join(import.meta.dirname, '../../../../examples/records');
const out = mkdtempSync(join(tmpdir(), 'goodday-cld-'));
const goodday = (...args: string[]) => runCli(args, { isErrorTerminal: () => false });
const Q1 = ['--la', 'E09000012', '--from', '2026-04-01', '--to', '2026-06-30'];

/** A CSV document's rows as cells (no cell in these examples holds a comma or quote). */
const table = (csv: string) => csv.trim().split('\n').map((line) => line.split(','));

describe('goodday cld', () => {
  it('writes CSV in the specification’s column order, with rows for the period, and a one-line summary', async () => {
    const { code, stdout, stderr } = await goodday('cld', ...Q1, join(records, 'assessment'), join(records, 'support-plan'), join(records, 'safeguarding-enquiry'));
    expect(code).toBe(0);
    const [header, ...rows] = table(stdout);
    expect(header).toEqual([...CLD_FIELDS]);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toHaveLength(CLD_FIELDS.length);
      expect(row[0]).toBe('E09000012');
      expect(['Assessment', 'Service']).toContain(row[CLD_FIELDS.indexOf('Event_Type')]);
    }
    // The not-eligible assessment completed on 21 April 2026; the eligible one on 10 March, before the period.
    const ids = rows.map((r) => r[CLD_FIELDS.indexOf('Der_Unique_Record_ID')]);
    expect(ids).toContain('ASM-2026-00057');
    expect(ids).not.toContain('ASM-2026-00042');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^goodday cld: \d+ rows \(\d+ Assessment, \d+ Service\) from \d+ records; fields not held: .*Gender \d+.*; no row from \d+ records: .*safeguarding-enquiry \d+ \(CLD excludes safeguarding and mental capacity work\)/);
  });

  it('writes to --out, streaming, the same CSV as standard output; --with-method adds the column last', async () => {
    const file = join(out, 'return.csv');
    const toFile = await goodday('cld', ...Q1, '--out', file, records);
    expect(toFile.code).toBe(0);
    expect(toFile.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe((await goodday('cld', ...Q1, records)).stdout);
    const withMethod = table((await goodday('cld', '--la', 'E09000012', '--from', '2026-07-01', '--to', '2026-09-30', '--with-method', join(records, 'review'))).stdout);
    expect(withMethod[0]!.at(-1)).toBe('Method_of_Review');
    expect(withMethod.slice(1).map((r) => r.at(-1))).toContain('Service user only');
  });

  it('passes the council’s name through', async () => {
    const [, row] = table((await goodday('cld', ...Q1, '--la-name', 'Hackney', join(records, 'assessment/complete-not-eligible.json'))).stdout);
    expect(row![1]).toBe('Hackney');
  });

  it('reports items that cannot be read in the summary, and goes on', async () => {
    const file = join(out, 'mixed.ndjson');
    writeFileSync(file, `${JSON.stringify(JSON.parse(readFileSync(join(records, 'assessment/complete-not-eligible.json'), 'utf8')))}\nnot json\n`);
    const { code, stdout, stderr } = await goodday('cld', ...Q1, file);
    expect(code).toBe(0);
    expect(table(stdout)).toHaveLength(2);
    expect(stderr).toMatch(/1 item could not be read \(run goodday audit to see which\)\.$/m);
  });

  it('reads NDJSON from standard input for -, as the audit does', () => {
    const bin = join(import.meta.dirname, '../../bin/goodday.js');
    const lines = ['assessment/complete-not-eligible.json', 'review/complete-first-review.json'].map((f) => JSON.stringify(JSON.parse(readFileSync(join(records, f), 'utf8'))));
    const { status, stdout, stderr } = spawnSync(process.execPath, [bin, 'cld', '--la', 'E09000012', '--from', '2026-04-01', '--to', '2026-07-31', '-'], { input: `${lines.join('\n')}\n`, encoding: 'utf8' });
    expect(stderr).toMatch(/^goodday cld: 2 rows \(1 Assessment, 1 Review\) from 2 records;/);
    expect(status).toBe(0);
    expect(table(stdout).map((r) => r[CLD_FIELDS.indexOf('Event_Type')])).toEqual(['Event_Type', 'Assessment', 'Review']);
  });

  it('keeps a record’s identifiers text in a spreadsheet: a cell that would start a formula is prefixed with a quote', async () => {
    const record = JSON.parse(readFileSync(join(records, 'assessment/complete-not-eligible.json'), 'utf8'));
    record.id = '=HYPERLINK("https://example.invalid","click")';
    record.person.personRef = '@SUM(A1:A9)';
    const file = join(out, 'formula.json');
    writeFileSync(file, JSON.stringify(record));
    const { stdout } = await goodday('cld', ...Q1, file);
    const line = stdout.trim().split('\n')[1]!;
    expect(line).toContain(`,"'=HYPERLINK(""https://example.invalid"",""click"")",'@SUM(A1:A9),`);
  });

  it('writes only the header when no record falls in the period', async () => {
    const { stdout, stderr } = await goodday('cld', '--la', 'E09000012', '--from', '2020-01-01', '--to', '2020-03-31', join(records, 'assessment'));
    expect(stdout).toBe(`${CLD_FIELDS.join(',')}\n`);
    expect(stderr).toMatch(/^goodday cld: 0 rows from \d+ records; no field not held; no row from/);
  });

  it.each([
    [['cld', records], /give the council’s ONS code with --la/],
    [['cld', '--la', 'E09000012', records], /give the period with --from and --to/],
    [['cld', '--la', 'Hackney', '--from', '2026-04-01', '--to', '2026-06-30', records], /--la must be an ONS code such as E09000012/],
    [['cld', '--la', 'E09000012', '--from', '1/4/2026', '--to', '2026-06-30', records], /--from must be on an ISO date|--from must be/],
    [['cld', '--la', 'E09000012', '--from', '2026-04-01', '--to', '2026-02-30', records], /--to must be/],
    [['cld', '--la', 'E09000012', '--from', '2026-07-01', '--to', '2026-06-30', records], /--from \(2026-07-01\) after it ends \(2026-06-30\)/],
    [['cld', ...Q1], /give the files or folders to export/],
    [['cld', ...Q1, join(records, 'no-such-folder')], /no-such-folder: no such file or folder: check the path/],
    [['cld', ...Q1, '--format', 'xml', records], /Unknown option '--format'/],
  ])('exits 2 with one line for %j', async (args, reason) => {
    const { code, stdout, stderr } = await goodday(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(reason);
  });

  it('exits 2 when --out cannot be written, saying why', async () => {
    const { code, stderr } = await goodday('cld', ...Q1, '--out', join(out, 'no-such-folder', 'return.csv'), join(records, 'assessment'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/--out .*return\.csv: its folder does not exist: create it first\.$/m);
  });

  it('prints its help', async () => {
    const { code, stdout } = await goodday('cld', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: goodday cld /);
  });
});
