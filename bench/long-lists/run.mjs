// The long-lists benchmark (issue 21, class 1): validate(), render() and an audit of one record whose list is far
// over its maxItems, at sizes doubling up to 240,000 items, each in a fresh process for its own peak memory.
// Time must grow linearly: ajv with allErrors compared every pair for uniqueItems after maxItems had failed (114 s).
// Run with `pnpm bench:long-lists` (builds first). Informational: a MISS is printed, not failed.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseArgsOptions } from '../options.mjs';

const { values: args } = parseArgs({ options: parseArgsOptions('long-lists') });
const sizes = args.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes must be whole numbers, not ${JSON.stringify(args.sizes)}`);
// Doubling the items may at most do this to the time, and the largest case must take no longer than this.
const TARGET_RATIO = 2.6;
const TARGET_LARGEST_MS = 2000;

const records = fileURLToPath(new URL('../../examples/records/', import.meta.url));
const plan = JSON.parse(readFileSync(`${records}support-plan/complete-direct-payment.json`, 'utf8'));
const assessment = JSON.parse(readFileSync(`${records}assessment/complete-eligible.json`, 'utf8'));
const cases = {
  'support plan, n distinct ids in basedOn.eligibleNeedIds (max 100, unique)': (n) => ({ ...plan, basedOn: { ...plan.basedOn, eligibleNeedIds: Array.from({ length: n }, (_, i) => `need-${i}`) } }),
  'assessment, n nulls in strengths (max 200)': (n) => ({ ...assessment, strengths: Array.from({ length: n }, () => null) }),
};

// One measurement in a child: parse, then time each call; the child's peak resident memory comes back too.
const child = `
const [{ parseRecord, validate }, { render }, { auditItem, emptySummary }] = await Promise.all([
  import(${JSON.stringify(new URL('../../packages/validate/dist/index.js', import.meta.url).href)}),
  import(${JSON.stringify(new URL('../../packages/render/dist/index.js', import.meta.url).href)}),
  import(${JSON.stringify(new URL('../../packages/audit/dist/index.js', import.meta.url).href)}),
]);
const chunks = [];
for await (const c of process.stdin) chunks.push(c);
const text = Buffer.concat(chunks);
const record = parseRecord(text);
const time = (f) => { const t = performance.now(); f(); return performance.now() - t; };
const out = {
  bytes: text.length,
  validate: time(() => validate(record)),
  render: time(() => { try { render(record); } catch {} }),
  audit: time(() => auditItem(emptySummary(), { source: { file: 'x.json' }, value: record })),
  findings: validate(record).findings.length,
};
out.peakMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify(out));
`;

const fmt = (n, digits = 0) => n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
console.log('Good Day long-lists benchmark (lists far over maxItems)\n');
console.log(`  node ${process.version}; sizes ${sizes.map((n) => fmt(n)).join(', ')}; each in a fresh process\n`);
const targets = [];
for (const [name, make] of Object.entries(cases)) {
  console.log(`  ${name}`);
  console.log(`    ${'items'.padStart(9)} ${'MB in'.padStart(7)} ${'validate ms'.padStart(12)} ${'render ms'.padStart(10)} ${'audit ms'.padStart(9)} ${'findings'.padStart(9)} ${'peak MB'.padStart(8)}`);
  const rows = [];
  for (const n of sizes) {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', child], { input: JSON.stringify(make(n)), encoding: 'utf8', maxBuffer: 1 << 20 });
    if (run.status !== 0) throw new Error(`the child for ${n} items failed: ${run.stderr.split('\n')[0]}`);
    const r = JSON.parse(run.stdout);
    rows.push({ n, ...r });
    console.log(`    ${fmt(n).padStart(9)} ${fmt(r.bytes / 1e6, 2).padStart(7)} ${fmt(r.validate, 1).padStart(12)} ${fmt(r.render, 1).padStart(10)} ${fmt(r.audit, 1).padStart(9)} ${fmt(r.findings).padStart(9)} ${fmt(r.peakMb).padStart(8)}`);
  }
  // Growth from each size to the next, per doubling of the items: linear work gives about 2, pairwise about 4.
  const worst = Math.max(...rows.slice(1).map((r, i) => Math.pow((r.validate + 1) / (rows[i].validate + 1), Math.log(2) / Math.log(r.n / rows[i].n))));
  const largest = rows.at(-1);
  targets.push([`${name}: time per doubling of the items ≤ ${TARGET_RATIO}×`, worst <= TARGET_RATIO, `${fmt(worst, 2)}×`]);
  targets.push([`${name}: validate of ${fmt(largest.n)} items ≤ ${fmt(TARGET_LARGEST_MS)} ms`, largest.validate <= TARGET_LARGEST_MS, `${fmt(largest.validate, 1)} ms`]);
  console.log('');
}
console.log('  Targets');
for (const [what, ok, value] of targets) console.log(`    ${ok ? 'PASS' : 'MISS'}  ${what}: ${value}`);
