import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchOptions } from './options.mjs';

const runner = join(import.meta.dirname, 'run.mjs');
const bench = (...args: string[]) => spawnSync(process.execPath, [runner, ...args], { encoding: 'utf8' });

describe('pnpm bench (bench/run.mjs)', () => {
  it('gives each benchmark only the options it takes, so any option can follow `pnpm bench`', () => {
    const { status, stdout } = bench('--dry-run', '--rounds', '3', '--sizes', '100');
    expect(status).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([
      'node bench/validate/run.mjs --rounds 3',
      'node bench/language/run.mjs --rounds 3',
      'node bench/render/run.mjs',
      'node bench/forms/run.mjs --rounds 3',
      'node bench/bundle/run.mjs',
      'node bench/audit/run.mjs --sizes 100',
      'node bench/cld/run.mjs',
      'node bench/long-lists/run.mjs --sizes 100',
    ]);
  });

  it('runs only the benchmarks asked for', () => {
    expect(bench('--dry-run', '--only', 'audit').stdout.trim()).toBe('node bench/audit/run.mjs');
  });

  it('refuses an unknown option or benchmark in one line, exit 2', () => {
    for (const args of [['--rouds', '3'], ['--only', 'speed']]) {
      const { status, stderr, stdout } = bench(...args);
      expect([status, stdout]).toEqual([2, '']);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('matches the options each benchmark parses for itself', () => {
    for (const [name, options] of Object.entries(benchOptions)) {
      const source = readFileSync(join(import.meta.dirname, name, 'run.mjs'), 'utf8');
      if (Object.keys(options).length > 0) expect(source).toContain(`parseArgsOptions('${name}')`);
      else expect(source).not.toContain('parseArgs(');
    }
  });
});
