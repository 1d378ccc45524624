// Builds every package with one line of output on success, and the whole build log only when it fails.
import { spawn } from 'node:child_process';

const started = performance.now();
// Run the pnpm that ran us (npx pnpm, a global pnpm or corepack alike); fall back to npx for a bare `node` call.
const pnpm = process.env.npm_execpath?.includes('pnpm') ? [process.execPath, process.env.npm_execpath] : ['npx', '-y', 'pnpm@10.34.9'];
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
