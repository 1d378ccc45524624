import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script, without types
import { readmeCommands } from './readme-commands.mjs';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'packages/cli/bin/goodday.js');
const commands: string[] = readmeCommands(readFileSync(join(root, 'README.md'), 'utf8'));
const out = mkdtempSync(join(tmpdir(), 'goodday-readme-'));

describe("the README's goodday commands (run after `pnpm build`)", () => {
  it('finds the commands in the sh blocks, without their comments', () => {
    expect(commands.length).toBeGreaterThanOrEqual(8);
    expect(commands.every((c) => !c.includes('#'))).toBe(true);
    expect(readmeCommands('```sh\npnpm exec goodday lint a.txt   # why\n```\n```ts\npnpm exec goodday no\n```\n')).toEqual(['pnpm exec goodday lint a.txt']);
  });

  it.each(commands)('%s: runs as printed, with no stack trace', (command) => {
    // The command itself, through the same launcher `pnpm exec` runs, with any --out file kept out of the clone.
    const local = command.replaceAll('pnpm exec goodday', `"${process.execPath}" "${bin}"`).replace(/--out (\S+)/, (_, file: string) => `--out "${join(out, file)}"`);
    const result = spawnSync('bash', ['-c', local], { cwd: root, encoding: 'utf8' });
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect([0, 1]).toContain(result.status);
    const file = /--out (\S+)/.exec(command)?.[1];
    if (file) expect(existsSync(join(out, file))).toBe(true);
    else expect(result.stdout.length).toBeGreaterThan(0);
  });
});
