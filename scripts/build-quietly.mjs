// Builds every package with one line of output on success, and the whole build log only when it fails.
import { spawn } from 'node:child_process';
import { pnpm } from './pnpm.mjs';

const started = performance.now();
const child = spawn(pnpm[0], [...pnpm.slice(1), '-r', 'run', 'build'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
const log = [];
child.stdout.on('data', (chunk) => log.push(chunk));
child.stderr.on('data', (chunk) => log.push(chunk));
child.on('error', (error) => {
  console.error(`Could not start the build: ${error.message}`);
  process.exitCode = 2;
});
child.on('close', (code) => {
  if (code === 0) {
    console.log(`Built the packages in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    return;
  }
  process.stderr.write(Buffer.concat(log));
  console.error(`\nThe build failed (exit ${code}); its log is above.`);
  process.exitCode = code ?? 1;
});
