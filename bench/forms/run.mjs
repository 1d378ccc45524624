// The Good Day forms benchmark: what a form adds on each change — findingsToJsonForms (or findingsToRjsf) and
// stamp — against validate() alone on the same records, in the same run. Run with `pnpm bench:forms` (builds
// first). Informational: a MISS is printed, not failed.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseArgsOptions } from '../options.mjs';
import { benchmark } from '../validate/harness.mjs';

const { values: args } = parseArgs({ options: parseArgsOptions('forms') });
const TARGET = 0.1;
const fmt = (n, digits = 0) => n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * The record with the first piece of the person's words changed, as a form would after one edit: as an immutable
 * update (new objects on the edited path only, as JSON Forms makes them), or as a whole new copy.
 */
function edited(record, { copy }) {
  const walk = (node) => {
    if (node === null || typeof node !== 'object') return undefined;
    if (typeof node.text === 'string' && typeof node.recordedAt === 'string') return { ...node, text: `${node.text} And on Sundays my daughter visits.` };
    const entries = Array.isArray(node) ? node.entries() : Object.entries(node);
    for (const [key, value] of entries) {
      const changed = walk(value);
      if (changed === undefined) continue;
      if (Array.isArray(node)) return node.map((item, i) => (i === key ? changed : item));
      return { ...node, [key]: changed };
    }
    return undefined;
  };
  const next = walk(record) ?? { ...record };
  return copy ? structuredClone(next) : next;
}

async function main() {
  const packages = new URL('../../packages/', import.meta.url);
  const { validate } = await import(new URL('validate/dist/index.js', packages).href);
  const { findingsToJsonForms, findingsToRjsf, stamp } = await import(new URL('forms/dist/index.js', packages).href);
  const records = fileURLToPath(new URL('../../examples/records/', import.meta.url));
  const workload = readdirSync(records, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(records, d.name)).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(records, d.name, f), 'utf8'))))
    .map((previous) => ({ previous, next: edited(previous, { copy: false }), copied: edited(previous, { copy: true }) }))
    .map((w) => ({ ...w, report: validate(w.next) }));
  const now = new Date('2026-03-03T10:30:00Z');
  // What a form does on each change must give something: a stamped edit and findings on fields.
  const changed = workload.filter(({ previous, next, copied }) => JSON.stringify(stamp(previous, next, now)) !== JSON.stringify(previous) && JSON.stringify(stamp(previous, copied, now)) === JSON.stringify(stamp(previous, next, now))).length;
  if (changed === 0) throw new Error('stamp() changed no record of the workload: the benchmark would time nothing');

  console.log('Good Day forms benchmark\n');
  console.log(`  node ${process.version}; ${workload.length} example records of every kind, each with one edit (${changed} stamped alike whether the edit shares the unchanged parts or copies them)\n`);
  const { warmupMs, rounds, roundMs } = { warmupMs: Number(args['warmup-ms']), rounds: Number(args.rounds), roundMs: Number(args['round-ms']) };
  const contenders = [
    { name: 'validate() alone', check: (i) => (validate(workload[i].next), true) },
    { name: '… + findingsToJsonForms + stamp', check: (i) => (findingsToJsonForms(validate(workload[i].next)), stamp(workload[i].previous, workload[i].next, now), true) },
    { name: '… + findingsToRjsf + stamp', check: (i) => (findingsToRjsf(validate(workload[i].next)), stamp(workload[i].previous, workload[i].next, now), true) },
    { name: '… + findingsToJsonForms + stamp, whole copy', check: (i) => (findingsToJsonForms(validate(workload[i].copied)), stamp(workload[i].previous, workload[i].copied, now), true) },
    // The added work on its own (on each record's report, made once), so its share is one ratio, not a difference of two.
    { name: 'findingsToJsonForms + stamp alone', check: (i) => (findingsToJsonForms(workload[i].report), stamp(workload[i].previous, workload[i].next, now), true) },
    { name: 'findingsToRjsf + stamp alone', check: (i) => (findingsToRjsf(workload[i].report), stamp(workload[i].previous, workload[i].next, now), true) },
  ];
  const rows = benchmark(contenders, workload.map((_, i) => i), { warmupMs, rounds, roundMs });
  const base = rows[0];
  for (const r of rows) console.log(`  ${r.name.padEnd(46)} ${fmt(r.median).padStart(9)} records/s  spread ${fmt(r.spread * 100)}%  ${fmt(r.median / base.median, 2)}× validate() alone`);
  console.log('\nTargets (the added work timed alone, as a share of the time validate() takes; end to end in brackets)');
  // The target is for what a form library gives on a change (an immutable update); the whole copy is for context.
  for (const [whole, alone] of [[rows[1], rows[4]], [rows[2], rows[5]]]) {
    const added = base.median / alone.median;
    const endToEnd = base.median / whole.median - 1;
    console.log(`  ${added <= TARGET ? 'PASS' : 'MISS'}  ${alone.name.replace(' alone', '')} adds under ${fmt(TARGET * 100)}% to validate(): ${fmt(added * 100, 1)}% per record (${fmt(endToEnd * 100, 1)}%)`);
  }
  console.log(`  (a whole copy of the record on each change adds ${fmt((base.median / rows[3].median - 1) * 100, 1)}%: stamp then compares every part)`);
}

try {
  await main();
} catch (error) {
  console.error(`\nbench failed: ${error?.stack ?? error}`);
  process.exitCode = 1;
}
