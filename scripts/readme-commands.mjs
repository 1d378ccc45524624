// The README's `goodday` commands, so that CI and a test can check each one runs as printed.
// `node scripts/readme-commands.mjs` runs them from the repository root, as a reader would, and fails on any exit over 1.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Every line of the README's sh blocks that runs `goodday`, without its trailing comment. */
export function readmeCommands(readme) {
  const commands = [];
  let inShell = false;
  for (const line of readme.split(/\r?\n/)) {
    if (/^```/.test(line)) inShell = !inShell && /^```sh\s*$/.test(line);
    else if (inShell && /\bpnpm exec goodday\b/.test(line)) commands.push(line.replace(/\s+#.*$/, '').trim());
  }
  return commands;
}

const root = fileURLToPath(new URL('..', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const commands = readmeCommands(readFileSync(new URL('../README.md', import.meta.url), 'utf8'));
  let failed = 0;
  for (const command of ['pnpm exec goodday --help', ...commands]) {
    const { status, stderr } = spawnSync('bash', ['-c', command], { cwd: root, encoding: 'utf8', stdio: ['inherit', 'ignore', 'pipe'] });
    // 0 is a clean result and 1 is findings (a README example may show a record with errors); 2 or more is a failure.
    const ok = status === 0 || (status === 1 && command !== 'pnpm exec goodday --help');
    console.log(`${ok ? 'ok  ' : 'FAIL'} exit ${status}  ${command}`);
    if (!ok) {
      failed++;
      process.stderr.write(stderr);
    }
  }
  console.log(`${commands.length + 1} README commands, ${failed} failed.`);
  process.exitCode = failed ? 1 : 0;
}
