import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
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
});
