import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '../dist/bin.js');

describe('the built goodday command (run after `pnpm build`)', () => {
  it('sets the exit code and prints one line, no stack trace, for unusable input', () => {
    const result = spawnSync(process.execPath, [bin, 'validate', 'no-such-file.json'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('goodday: no-such-file.json: no such file.\n');
    expect(result.stdout).toContain('1 file: 0 valid, 0 invalid, 1 unusable.');
  });

  it('exits 0 for help', () => {
    const result = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: goodday/);
  });

  it('stops quietly, with no stack trace, when the reader closes the pipe early', () => {
    const records = join(import.meta.dirname, '../../../examples/records');
    const files = readdirSync(records, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).map((f) => join(records, f));
    // `head -c 1` reads one byte and closes the pipe while goodday is still writing.
    const result = spawnSync('sh', ['-c', 'node="$1" bin="$2"; shift 2; "$node" "$bin" validate "$@" | head -c 1', 'sh', process.execPath, bin, ...files], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toHaveLength(1);
  });

  it('loads @goodday/render and @goodday/audit only for the commands that use them', () => {
    // A module hook that refuses to resolve them: every other command must still work without them.
    const dir = mkdtempSync(join(tmpdir(), 'goodday-lazy-'));
    try {
      writeFileSync(join(dir, 'hooks.mjs'), `export async function resolve(specifier, context, next) {\n  if (/^@goodday\\/(render|audit)(\\/|$)/.test(specifier)) throw new Error('refused ' + specifier);\n  return next(specifier, context);\n}\n`);
      writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(new URL(`file://${join(dir, 'hooks.mjs')}`).href)});\n`);
      const record = join(import.meta.dirname, '../../../examples/records/assessment/complete-eligible.json');
      const run = (...args: string[]) => spawnSync(process.execPath, ['--import', join(dir, 'register.mjs'), bin, ...args], { encoding: 'utf8', input: 'The MDT met on Tuesday.' });
      for (const args of [['--help'], ['--version'], ['validate', record], ['lint', '-'], ['schema']]) {
        const result = run(...args);
        expect(result.stderr, args.join(' ')).not.toContain('refused');
        expect(result.status, args.join(' ')).toBeLessThan(2);
      }
      // The hook does refuse: render, which needs @goodday/render, fails under it.
      expect(run('render', record).stderr).toContain('refused @goodday/render');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
