// The Good Day audit benchmark: audits generated NDJSON of 10k, 100k and 1M records and reports, in the same run,
// throughput as a share of the floor (reading the same file and JSON.parse of each line), speed-up with workers,
// and peak memory. Run with `pnpm bench:audit` (builds first). Informational: a MISS is printed, not failed.
// Each measurement runs `--repeats` times, the floor and the audit taking turns, and the best of each is kept:
// on a shared machine a slow spell then slows one run of each rather than the whole of one side.
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseArgsOptions } from '../options.mjs';

const { values: args } = parseArgs({ options: parseArgsOptions('audit') });
const sizes = args.sizes.split(',').map(Number);
const repeats = Math.max(1, Number(args.repeats));
const fmt = (n, digits = 0) => n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const records = fileURLToPath(new URL('../../examples/records/', import.meta.url));
const child = fileURLToPath(new URL('./child.mjs', import.meta.url));
// The complete and concluded examples of every kind, valid and invalid, as a realistic mix.
const base = execFileSync('find', [records, '-name', '*.json'], { encoding: 'utf8' })
  .split('\n')
  .filter(Boolean)
  .sort()
  .map((f) => JSON.parse(readFileSync(f, 'utf8')))
  .map((r) => JSON.stringify(r));

async function generate(file, n) {
  const out = createWriteStream(file);
  for (let i = 0; i < n; i++) {
    const line = base[i % base.length].replace(/"id":"([^"]+)"/, (_, id) => `"id":"${id}-${i}"`);
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
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
      await generate(file, n);
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
  const last = rows.at(-1);
  const hundredK = rows.find((r) => r.n === 100_000);
  console.log('\nTargets');
  console.log(`  ${last.single.perSecond / last.floor.perSecond >= 0.4 ? 'PASS' : 'MISS'}  single-threaded ≥ 40% of the floor: ${fmt((100 * last.single.perSecond) / last.floor.perSecond, 1)}% at ${fmt(last.n)}`);
  console.log(`  ${last.parallel.perSecond / last.single.perSecond >= 0.8 * cores ? 'PASS' : 'MISS'}  near-linear speed-up on ${cores} cores: ×${fmt(last.parallel.perSecond / last.single.perSecond, 2)} (the one NDJSON file is split between the workers at line breaks)`);
  if (hundredK && last.n > hundredK.n) {
    console.log(`  ${last.steadyMb <= hundredK.steadyMb * 1.25 ? 'PASS' : 'MISS'}  peak memory flat from 100k to ${fmt(last.n)}, V8's young generation fixed at 16 MB: ${fmt(hundredK.steadyMb)} MB → ${fmt(last.steadyMb)} MB (as V8 sizes it: ${fmt(hundredK.single.peakMb)} MB → ${fmt(last.single.peakMb)} MB)`);
  }
}

try {
  await main();
} catch (error) {
  console.error(`\nbench failed: ${error?.stack ?? error}`);
  process.exitCode = 1;
}
