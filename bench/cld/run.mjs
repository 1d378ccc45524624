// The Good Day CLD benchmark: exports the CLD rows of generated NDJSON (100,000 records by default) and audits the same
// file, each in a fresh process, and reports the export's throughput against the audit's. The export does less work
// (no validation, no language lint), so the target is at least 1× the audit on one thread. Run with `pnpm bench:cld`
// (builds first). Informational: a MISS is printed, not failed. Each measurement runs `--repeats` times, taking turns,
// and the best of each is kept.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { exampleLines, writeExport } from '../export-file.mjs';
import { parseArgsOptions } from '../options.mjs';

const { values: args } = parseArgs({ options: parseArgsOptions('cld') });
const n = Number(args.records);
const repeats = Math.max(1, Number(args.repeats));
const TARGET = 1;
const fmt = (value, digits = 0) => value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const child = fileURLToPath(new URL('./child.mjs', import.meta.url));
const base = exampleLines();

const measure = (mode, file, workers = 1) => JSON.parse(execFileSync(process.execPath, [child, mode, file, String(workers)], { encoding: 'utf8', maxBuffer: 1 << 20 }));

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'goodday-bench-cld-'));
  const cores = availableParallelism();
  try {
    const file = join(dir, `${n}.ndjson`);
    await writeExport(file, n, base);
    console.log('Good Day CLD export benchmark\n');
    console.log(`  node ${process.version}, ${cores} cores; ${fmt(n)} records (${fmt(statSync(file).size / 1e6, 1)} MB) cycling through the ${base.length} example records; best of ${repeats} runs each\n`);
    const runs = [];
    for (let k = 0; k < repeats; k++) runs.push({ cld: measure('cld', file), audit: measure('audit', file, 1), workers: cores > 1 ? measure('audit', file, cores) : undefined });
    const best = (key) => Math.max(...runs.map((r) => r[key]?.perSecond ?? 0));
    const cld = best('cld');
    const audit = best('audit');
    const workers = best('workers');
    const { rows } = runs[0].cld;
    const ratio = cld / audit;
    console.log(`  CLD export (one thread)      ${fmt(cld).padStart(9)} records/s   ${fmt(rows)} rows for 1 April to 30 June 2026; peak ${fmt(Math.max(...runs.map((r) => r.cld.peakMb)))} MB`);
    console.log(`  audit (one thread)           ${fmt(audit).padStart(9)} records/s   peak ${fmt(Math.max(...runs.map((r) => r.audit.peakMb)))} MB`);
    if (workers) console.log(`  audit (${cores} workers)            ${fmt(workers).padStart(9)} records/s   (the export is ${fmt(cld / workers, 2)}× this)`);
    console.log(`\n  ${ratio >= TARGET ? 'PASS' : 'MISS'}  the export is ${fmt(ratio, 2)}× the audit on one thread (target at least ${TARGET}×: it does less work)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench:cld: ${error.message}`);
  process.exitCode = 1;
});
