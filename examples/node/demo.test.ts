import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The Quick start's demo, run as the README runs it (after the build), into a scratch folder.
const out = mkdtempSync(join(tmpdir(), 'goodday-demo-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const run = spawnSync(process.execPath, [join(import.meta.dirname, 'demo.mjs')], { encoding: 'utf8', env: { ...process.env, GOODDAY_DEMO_OUT: out, COLUMNS: '100' } });
const lines = run.stdout.split('\n');

describe('the Quick start demo', () => {
  it('succeeds, says nothing on stderr and fits one screen', () => {
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(lines.length).toBeLessThanOrEqual(45);
    expect(lines.every((line) => line.length <= 110)).toBe(true);
  });

  it('says every example behaved as its name says, and never marks an invalid record "ok"', () => {
    expect(run.stdout).toContain('Each example behaved as its name says');
    expect(lines.some((line) => /^\s*ok\b/.test(line))).toBe(false);
  });

  it('shows a finding in words with its source, and a line of lint with its suggestion', () => {
    expect(run.stdout).toMatch(/error {2}\/needs\/\d+\/wellbeingImpact: [\s\S]*eligibility must come last/);
    expect(run.stdout).toMatch(/Source: .*Care Act 2014/);
    expect(run.stdout).toMatch(/language\/wandering: Replace "wanders"[\s\S]*for example\s+"walks"/);
  });

  it('writes the rendered page and the audit page, and says where', () => {
    for (const page of ['support-plan-complete-direct-payment.html', 'support-plan-complete-direct-payment.md', 'audit.html']) {
      expect(run.stdout).toContain(page);
      expect(existsSync(join(out, page))).toBe(true);
    }
    expect(readFileSync(join(out, 'audit.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    expect(readFileSync(join(out, 'support-plan-complete-direct-payment.md'), 'utf8')).toMatch(/^# Your care and support plan/);
  });
});
