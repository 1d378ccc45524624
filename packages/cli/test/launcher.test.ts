import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const cli = join(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(cli, 'package.json'), 'utf8')) as { bin: Record<string, string>; files: string[] };
const launcher = join(cli, manifest.bin.goodday!);
const scratch = mkdtempSync(join(tmpdir(), 'goodday-launcher-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the goodday launcher', () => {
  it('is a checked-in file outside dist, so a fresh install can link it before anything is built', () => {
    expect(manifest.bin.goodday).not.toMatch(/dist\//);
    expect(existsSync(launcher)).toBe(true);
    expect(manifest.files).toContain(manifest.bin.goodday!.replace(/^\.\//, '').split('/')[0]);
  });

  it('is linked into the workspace root, as the README runs it (`pnpm exec goodday`)', () => {
    expect(existsSync(join(cli, '../../node_modules/.bin/goodday'))).toBe(true);
  });

  it('runs the built command', () => {
    const result = spawnSync(process.execPath, [launcher, '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: goodday/);
  });

  it('says in one line what to do, exit 2, when the command has not been built yet', () => {
    mkdirSync(join(scratch, 'bin'));
    copyFileSync(launcher, join(scratch, 'bin/goodday.js'));
    writeFileSync(join(scratch, 'package.json'), '{"type":"module"}');
    const result = spawnSync(process.execPath, [join(scratch, 'bin/goodday.js'), '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('goodday: the command is not built yet: run `pnpm build` in the Good Day workspace.\n');
  });
});
