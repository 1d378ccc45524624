// Measures "import plus first validation" in fresh node processes, one after another so they never compete.
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const child = fileURLToPath(new URL('./cold-start-child.mjs', import.meta.url));

/**
 * Spawns `runs` children that import `specifier` and validate the record at `recordFile`.
 * Returns the in-process times (the measured figure) and the whole-process wall times (context only), in ms.
 */
export function measureColdStart({ specifier, recordFile, runs }) {
  const inProcess = [];
  const wholeProcess = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    // No inherited NODE_OPTIONS, so a loader or flag from the parent cannot change what is measured.
    const out = execFileSync(process.execPath, [child, specifier, recordFile], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    wholeProcess.push(performance.now() - start);
    const { ms, valid } = JSON.parse(out);
    if (valid !== true) throw new Error(`cold-start child found ${recordFile} invalid`);
    inProcess.push(ms);
  }
  return { inProcess: summary(inProcess), wholeProcess: summary(wholeProcess) };
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return { median: sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2, min: sorted[0], max: sorted.at(-1), values };
}
