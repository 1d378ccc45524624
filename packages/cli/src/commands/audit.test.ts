import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressLine } from './audit.js';
import { goodday as runCli } from '../../test/goodday.js';

const records = join(import.meta.dirname, '../../../../examples/records');
const out = mkdtempSync(join(tmpdir(), 'goodday-audit-'));

const goodday = (...args: string[]) => runCli(args, { isErrorTerminal: () => false });

describe('goodday audit', () => {
  it('audits folders and prints the JSON summary, silently when not on a terminal', async () => {
    const { code, stdout, stderr } = await goodday('audit', '--workers', '1', join(records, 'assessment'), join(records, 'support-plan'));
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const summary = JSON.parse(stdout);
    // 17 assessments (4 complete, 1 draft, 1 labelled, 11 invalid) and 16 plans (2, 1, 1, 12).
    expect(summary.records).toBe(33);
    expect(Object.keys(summary.byKind).sort()).toEqual(['assessment', 'support-plan']);
  });

  it('writes CSV and HTML reports', async () => {
    const csv = await goodday('audit', '--workers', '1', '--format', 'csv', join(records, 'capacity-decision'));
    expect(csv.stdout.split('\n')[0]).toBe('rule,kind,severity,applied,passed,failed,conformance_percent');
    const file = join(out, 'audit.html');
    expect((await goodday('audit', '--workers', '1', '--format', 'html', '--out', file, records)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
  });

  it('--format cld-check writes a row per CLD field: records it applies to, and records that could supply it', async () => {
    const { code, stdout } = await goodday('audit', '--format', 'cld-check', join(records, 'assessment'), join(records, 'review'));
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('field,records_applicable,records_supplying,records_not_held,supplied_percent');
    const row = (field: string) => lines.find((l) => l.startsWith(`${field},`))!.split(',');
    // Every complete assessment and review has a type and a client type; none holds a gender.
    expect(row('Event_Type')[1]).toBe(row('Event_Type')[2]);
    expect(Number(row('Gender')[1])).toBeGreaterThan(0);
    expect(row('Gender')[2]).toBe('0');
    expect(Number(row('Assessment_Type')[1]) + Number(row('Review_Reason')[1])).toBe(Number(row('Event_Type')[1]));
    const file = join(out, 'cld-check.csv');
    expect((await goodday('audit', '--format', 'cld-check', '--out', file, join(records, 'assessment'), join(records, 'review'))).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(stdout);
  });

  it('merges summaries from separate runs into the summary of one run', async () => {
    const a = join(out, 'a.json');
    const b = join(out, 'b.json');
    await goodday('audit', '--workers', '1', '--out', a, join(records, 'assessment'));
    await goodday('audit', '--workers', '1', '--out', b, join(records, 'safeguarding-enquiry'));
    const merged = JSON.parse((await goodday('audit', 'merge', a, b)).stdout);
    const whole = JSON.parse((await goodday('audit', '--workers', '1', join(records, 'assessment'), join(records, 'safeguarding-enquiry'))).stdout);
    expect(merged).toEqual(whole);
  });

  it.each([
    [['audit'], /give the files or folders to audit/],
    [['audit', '--format', 'pdf', records], /--format must be json, csv, html or cld-check/],
    [['audit', '--format', 'cld-check'], /give the files or folders to audit/],
    [['audit', '--format', 'cld-check', 'merge', records], /audit merge combines JSON summaries/],
    [['audit', '--format', 'cld-check', join(records, 'no-such-folder')], /no-such-folder: no such file or folder/],
    [['audit', '--workers', '0', records], /--workers must be a whole number/],
    [['audit', 'merge', join(records, 'assessment/draft.json')], /not a Good Day audit summary/],
    [['audit', 'merge', join(records, 'no-such-summary.json')], /no-such-summary\.json: no such file\.$/m],
    [['audit', 'merge', join(records, '../notes/visit-note.txt')], /visit-note\.txt: not JSON: give a summary written by goodday audit --format json\.$/m],
  ])('exits 2 with one line for %j', async (args, reason) => {
    const { code, stderr } = await goodday(...args);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(reason);
  });

  it('exits 2 for a path that does not exist, before anything is read, leaving an earlier report as it was', async () => {
    const report = join(out, 'kept.json');
    writeFileSync(report, 'earlier report');
    const { code, stdout, stderr } = await goodday('audit', '--out', report, join(records, 'assessment'), join(records, 'no-such-folder'));
    expect(code).toBe(2);
    expect(stderr.trim()).toMatch(/no-such-folder: no such file or folder: check the path\.$/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stdout).toBe('');
    expect(readFileSync(report, 'utf8')).toBe('earlier report');
  });

  it('skips node_modules and hidden folders when searching a folder, but reads a hidden folder named on its own', async () => {
    const root = mkdtempSync(join(tmpdir(), 'goodday-audit-walk-'));
    for (const folder of ['records', 'node_modules/some-package', '.git', '.cache/records']) mkdirSync(join(root, folder), { recursive: true });
    const example = join(records, 'assessment/complete-eligible.json');
    for (const place of ['records/a.json', 'node_modules/some-package/b.json', '.git/c.json', '.cache/records/d.json']) copyFileSync(example, join(root, place));
    expect(JSON.parse((await goodday('audit', '--workers', '1', root)).stdout).records).toBe(1);
    expect(JSON.parse((await goodday('audit', '--workers', '1', join(root, '.cache'))).stdout).records).toBe(1);
  });

  it('shows records a second and, from the share read, the time left', () => {
    expect(progressLine(12_500, 5, 0.25)).toBe('12,500 records, 2,500 a second, about 15 seconds left');
    expect(progressLine(1_000, 60, 0.2)).toBe('1,000 records, 17 a second, about 4 minutes left');
    expect(progressLine(1_000, 3_600, 0.4)).toBe('1,000 records, 0 a second, about 1.5 hours left');
    expect(progressLine(100, 2, undefined)).toBe('100 records, 50 a second');
  });
});
