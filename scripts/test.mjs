// `pnpm test`: every check in turn, stopping at the first that fails, with plain output when the log is not a terminal.
import { spawnSync } from 'node:child_process';
import { plainWhenPiped, pnpm } from './pnpm.mjs';

const node = (script) => [process.execPath, script];
const steps = [
  ['Chromium for the browser tests', node('scripts/ensure-chromium.mjs')],
  ['Build', node('scripts/build-quietly.mjs')],
  ['Type check', [...pnpm, 'typecheck']],
  ['Unit, example and browser tests', [...pnpm, 'exec', 'vitest', 'run']],
  ['Package checks (publint, are-the-types-wrong)', [...pnpm, 'lint:packages']],
  ['API reference', [...pnpm, 'api-docs']],
  ['Totals', node('scripts/test-summary.mjs')],
];

const env = plainWhenPiped();
for (const [title, [command, ...args]] of steps) {
  console.log(`\n== ${title}`);
  const { status, error } = spawnSync(command, args, { stdio: 'inherit', env });
  if (error || status !== 0) {
    console.error(`\n${title} failed${error ? `: ${error.message}` : ` (exit ${status})`}.`);
    process.exit(status || 1);
  }
}
