// The Good Day audit benchmark: audits generated NDJSON of 10k, 100k and 1M records and reports, in the same run,
// throughput as a share of the floor (reading the same file and JSON.parse of each line), speed-up with workers,
// and peak memory; then `goodday audit` as a whole process on 20,000 records, spawn to exit, against the floor
// measured the same way. Run with `pnpm bench:audit` (builds first). Informational: a MISS is printed, not failed.
// Each measurement runs `--repeats` times, the floor and the audit taking turns, and the best of each is kept:
// on a shared machine a slow spell then slows one run of each rather than the whole of one side.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { exampleLines, writeExport } from '../export-file.mjs';
import { parseArgsOptions } from '../options.mjs';

const { values: args } = parseArgs({ options: parseArgsOptions('audit') });
const sizes = args.sizes.split(',').map(Number);
const repeats = Math.max(1, Number(args.repeats));
const fmt = (n, digits = 0) => n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const child = fileURLToPath(new URL('./child.mjs', import.meta.url));
const base = exampleLines();

const cli = fileURLToPath(new URL('../../packages/cli/dist/bin.js', import.meta.url));
const WHOLE_PROCESS_RECORDS = 20_000;
const WHOLE_PROCESS_TARGET = 0.25;

/** Milliseconds from spawning `node <args>` to its exit; throws if it fails. */
function timeProcess(args) {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${result.status ?? result.signal}: ${String(result.stderr).slice(0, 500)}`);
  return ms;
}

/** Runs one measurement in a fresh process, so that peak memory is its own. */
const measure = (mode, file, workers = 1, flags = []) => JSON.parse(execFileSync(process.execPath, [...flags, child, mode, file, String(workers)], { encoding: 'utf8', maxBuffer: 1 << 20 }));
// V8 doubles its young generation once, after enough collections: a run that ends before that step looks
// about 20 MB smaller than one that ends after, whatever the program holds. Memory is compared with it fixed.
const FIXED_YOUNG_GENERATION = ['--min-semi-space-size=16', '--max-semi-space-size=16'];

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'goodday-bench-audit-'));
  const cores = availableParallelism();
  console.log('Good Day audit benchmark\n');
  console.log(`  node ${process.version}, ${cores} cores; records cycle through the ${base.length} example records with new ids; best of ${repeats} runs each\n`);
  const rows = [];
  try {
    for (const n of sizes) {
      const file = join(dir, `${n}.ndjson`);
      await writeExport(file, n, base);
      const runs = [];
      for (let k = 0; k < repeats; k++) {
        const floor = measure('floor', file);
        const single = measure('audit', file, 1);
        const parallel = cores > 1 ? measure('audit', file, cores) : single;
        runs.push({ floor, single, parallel });
      }
      // The fastest run of each, and the highest peak memory of any run.
      const best = (key) => ({ perSecond: Math.max(...runs.map((r) => r[key].perSecond)), peakMb: Math.max(...runs.map((r) => r[key].peakMb)) });
      const [floor, single, parallel] = [best('floor'), best('single'), best('parallel')];
      const steadyMb = measure('audit', file, 1, FIXED_YOUNG_GENERATION).peakMb;
      rows.push({ n, mb: statSync(file).size / 1e6, floor, single, parallel, steadyMb });
      const r = rows.at(-1);
      const shares = runs.map((run) => `${fmt((100 * run.single.perSecond) / run.floor.perSecond, 1)}%`).join(', ');
      console.log(
        `  ${fmt(n).padStart(9)} records (${fmt(r.mb)} MB): floor ${fmt(floor.perSecond)}/s; audit ${fmt(single.perSecond)}/s = ${fmt((100 * single.perSecond) / floor.perSecond, 1)}% of the floor (runs in turn: ${shares}), peak ${fmt(single.peakMb)} MB (${fmt(r.steadyMb)} MB with the young generation fixed); ${cores} workers ${fmt(parallel.perSecond)}/s (×${fmt(parallel.perSecond / single.perSecond, 2)}), peak ${fmt(parallel.peakMb)} MB`,
      );
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const whole = await wholeProcess(cores);
  const last = rows.at(-1);
  const hundredK = rows.find((r) => r.n === 100_000);
  console.log('\nTargets');
  console.log(`  ${whole.share >= WHOLE_PROCESS_TARGET ? 'PASS' : 'MISS'}  goodday audit as a whole process ≥ ${100 * WHOLE_PROCESS_TARGET}% of the floor at ${fmt(WHOLE_PROCESS_RECORDS)} records, spawn to exit: ${fmt(100 * whole.share, 1)}%`);
  console.log(`  ${last.single.perSecond / last.floor.perSecond >= 0.4 ? 'PASS' : 'MISS'}  single-threaded ≥ 40% of the floor: ${fmt((100 * last.single.perSecond) / last.floor.perSecond, 1)}% at ${fmt(last.n)}`);
  console.log(`  ${last.parallel.perSecond / last.single.perSecond >= 0.8 * cores ? 'PASS' : 'MISS'}  near-linear speed-up on ${cores} cores: ×${fmt(last.parallel.perSecond / last.single.perSecond, 2)} (the one NDJSON file is split between the workers at line breaks)`);
  if (hundredK && last.n > hundredK.n) {
    console.log(`  ${last.steadyMb <= hundredK.steadyMb * 1.25 ? 'PASS' : 'MISS'}  peak memory flat from 100k to ${fmt(last.n)}, V8's young generation fixed at 16 MB: ${fmt(hundredK.steadyMb)} MB → ${fmt(last.steadyMb)} MB (as V8 sizes it: ${fmt(hundredK.single.peakMb)} MB → ${fmt(last.single.peakMb)} MB)`);
  }
}

/**
 * `goodday audit <file> --out <file>` as a user runs it, timed from spawn to exit, against the floor run the same way
 * (a fresh node reading the file and parsing each line): so node's start-up, imports, workers and warm-up all count.
 */
async function wholeProcess(cores) {
  const dir = mkdtempSync(join(tmpdir(), 'goodday-bench-audit-process-'));
  try {
    const file = join(dir, `${WHOLE_PROCESS_RECORDS}.ndjson`);
    await writeExport(file, WHOLE_PROCESS_RECORDS, base);
    const out = join(dir, 'summary.json');
    const rows = { floor: [], audit: [], single: [] };
    for (let k = 0; k < repeats; k++) {
      rows.floor.push(timeProcess([child, 'floor', file]));
      rows.audit.push(timeProcess([cli, 'audit', file, '--out', out]));
      rows.single.push(timeProcess([cli, 'audit', '--workers', '1', file, '--out', out]));
    }
    const audited = JSON.parse(readFileSync(out, 'utf8'));
    if (audited.records + audited.unusableCount !== WHOLE_PROCESS_RECORDS) throw new Error(`goodday audit counted ${audited.records + audited.unusableCount} of ${WHOLE_PROCESS_RECORDS} records`);
    const [floor, audit, single] = [Math.min(...rows.floor), Math.min(...rows.audit), Math.min(...rows.single)];
    const shares = rows.floor.map((f, k) => `${fmt((100 * f) / rows.audit[k], 1)}%`).join(', ');
    console.log(`\n  Whole process, ${fmt(WHOLE_PROCESS_RECORDS)} records (${fmt(statSync(file).size / 1e6)} MB), spawn to exit, best of ${repeats}:`);
    console.log(`    floor (node reads and parses every line)  ${fmt(floor)} ms`);
    console.log(`    goodday audit (default workers, ${cores} cores)  ${fmt(audit)} ms = ${fmt((100 * floor) / audit, 1)}% of the floor (runs in turn: ${shares})`);
    console.log(`    goodday audit --workers 1                 ${fmt(single)} ms = ${fmt((100 * floor) / single, 1)}% of the floor`);
    return { share: floor / audit };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  console.error(`\nbench failed: ${error?.stack ?? error}`);
  process.exitCode = 1;
}
