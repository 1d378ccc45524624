// The Good Day validation benchmark: throughput against plain ajv, schemasafe and cfworker, plus cold start.
// Run with `pnpm bench` (builds first). Informational: a MISS is printed, not failed; only real errors exit non-zero.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, availableParallelism, cpus, platform } from 'node:os';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseArgsOptions } from '../options.mjs';
import { measureColdStart } from './cold-start.mjs';
import { BASELINE, GOOD_DAY_ALL_RULES, GOOD_DAY_NO_LANGUAGE, GOOD_DAY_PRECOMPILED, GOOD_DAY_STRUCTURE, brokenCopies, buildContenders, verifyContenders } from './contenders.mjs';
import { benchmark } from './harness.mjs';
import { buildWorkload, loadExampleGroups, loadSchemas } from './load-records.mjs';

const TARGET_ALL_RULES_RATIO = 0.75;
const TARGET_COLD_START_MS = 30;

const { values: args } = parseArgs({ options: parseArgsOptions('validate') });
const positive = (name) => {
  const n = Number(args[name]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number, not ${JSON.stringify(args[name])}`);
  return n;
};

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const fmt = (n, digits = 0) => n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const verdict = (ok) => (ok ? 'PASS' : 'MISS');

/** Where @goodday/validate comes from: by name through the workspace if that resolves, else the built file. */
function locateGoodDay() {
  try {
    return { specifier: '@goodday/validate', url: import.meta.resolve('@goodday/validate'), via: 'package name @goodday/validate' };
  } catch {
    const url = new URL('../../packages/validate/dist/index.js', import.meta.url);
    if (!existsSync(url)) throw new Error('packages/validate/dist/index.js is missing: run `pnpm build` first (or use `pnpm bench`).');
    // The file URL, not the bare name, so the cold-start child loads exactly this file too.
    return { specifier: url.href, url: url.href, via: 'packages/validate/dist/index.js (the name does not resolve from the repo root)' };
  }
}

/** The generated structural validator for one schema, which validate() wraps. */
async function loadPrecompiled(schema) {
  const url = new URL('../../packages/validate/src/generated/structure.js', import.meta.url);
  if (!existsSync(url)) throw new Error('packages/validate/src/generated/structure.js is missing: run `pnpm build` first (or use `pnpm bench`).');
  const { validators } = await import(url.href);
  if (!validators[schema.$id]) throw new Error(`the precompiled validator has no schema ${schema.$id}: run \`pnpm build\` first`);
  return validators[schema.$id];
}

/** The installed version of a package, for the header; '?' when it cannot be read. */
function versionOf(name) {
  try {
    return createRequire(import.meta.url)(`${name}/package.json`).version;
  } catch {
    return '?';
  }
}

function printTable(rows, baseline) {
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`  ${'validator'.padEnd(width)}  ${'records/s'.padStart(11)}  ${'spread'.padStart(6)}  ${'× baseline'.padStart(10)}  note`);
  for (const r of rows) {
    if (r.unusable) {
      console.log(`  ${r.name.padEnd(width)}  ${'—'.padStart(11)}  ${''.padStart(6)}  ${'—'.padStart(10)}  not timed (see above)`);
      continue;
    }
    const ratio = `${fmt(r.median / baseline.median, 2)}×`;
    console.log(`  ${r.name.padEnd(width)}  ${fmt(r.median).padStart(11)}  ${`${fmt(r.spread * 100, 0)}%`.padStart(6)}  ${ratio.padStart(10)}  ${r.note ?? ''}`);
  }
}

/** Verifies, times and checks the targets for one kind of record; returns one line per target for the summary. */
async function benchKind({ kind, version, examples }, { validate, goodDay, workloadSize, warmupMs, rounds, roundMs, coldRuns }) {
  const schemas = loadSchemas(kind, version);
  const workload = buildWorkload(examples, workloadSize);
  console.log(`\n━━ ${kind} ${version} ━━\n`);
  console.log(`  ${examples.length} valid example(s): ${examples.map((e) => e.file).join(', ')}`);
  console.log(`  workload: ${workload.length} records (the examples, then clones with new ids), the same for every validator\n`);

  // Every validator must accept every valid example before its speed means anything.
  const broken = brokenCopies(examples[0].record, schemas.record);
  console.log(`Does every validator accept every valid example, and reject ${broken.length} broken copies of ${examples[0].file}?`);
  const contenders = verifyContenders(buildContenders(validate, await loadPrecompiled(schemas.record), schemas), examples, broken);
  for (const c of contenders) {
    const note = c.note ? `  [${c.note}${c.noteDetail ? `: ${c.noteDetail}` : ''}]` : '';
    console.log(`  ${c.unusable ? 'NO ' : 'yes'}  ${c.name}${c.unusable ? `: ${c.unusable}` : ''}${note}`);
  }
  const essential = contenders.filter((c) => c.unusable && (c.goodDay || c.name === BASELINE));
  if (essential.length > 0) throw new Error(`cannot benchmark ${kind}: ${essential.map((c) => c.name).join(', ')} failed the check above`);
  console.log('  (a validator marked NO is reported but not timed)\n');

  const usable = contenders.filter((c) => !c.unusable);
  const results = new Map(benchmark(usable, workload, { warmupMs, rounds, roundMs }).map((r) => [r.name, r]));
  const rows = contenders.map((c) => ({ ...c, ...results.get(c.name) }));
  const byName = (name) => rows.find((r) => r.name === name);
  const baseline = byName(BASELINE);

  console.log('Throughput, records per second (higher is better; spread = (max − min) / median over the rounds)');
  printTable(rows, baseline);

  // Targets, each against the same-run measurements above.
  const targets = [];
  const target = (ok, text) => {
    targets.push(`${verdict(ok)}  ${kind}: ${text}`);
    console.log(`  ${verdict(ok)}  ${text}`);
  };
  const allRulesRatio = byName(GOOD_DAY_ALL_RULES).median / baseline.median;
  const others = rows.filter((r) => !r.goodDay && !r.unusable);
  const fastest = others.reduce((a, b) => (b.median > a.median ? b : a));
  const skipped = rows.filter((r) => !r.goodDay && r.unusable).map((r) => r.name);
  console.log('\nTargets');
  target(allRulesRatio >= TARGET_ALL_RULES_RATIO, `${GOOD_DAY_ALL_RULES} ≥ ${TARGET_ALL_RULES_RATIO} × ${BASELINE}: ${fmt(allRulesRatio, 2)}×`);
  const noLanguageRatio = byName(GOOD_DAY_NO_LANGUAGE).median / baseline.median;
  target(noLanguageRatio >= TARGET_ALL_RULES_RATIO, `${GOOD_DAY_NO_LANGUAGE} ≥ ${TARGET_ALL_RULES_RATIO} × ${BASELINE}: ${fmt(noLanguageRatio, 2)}×`);
  const skippedNote = skipped.length ? `  [not timed, so not in the comparison: ${skipped.join(', ')}]` : '';
  // "Structure alone" is read two ways, and both are shown: the structural validator itself, and the public API with rules off.
  for (const row of [byName(GOOD_DAY_PRECOMPILED), byName(GOOD_DAY_STRUCTURE)]) {
    target(row.median >= fastest.median, `${row.name} ≥ fastest third-party (${fastest.name}, ${fmt(fastest.median)}/s): ${fmt(row.median / fastest.median, 2)}×${skippedNote}`);
  }

  const coldRecord = examples[0];
  console.log(`\nCold start: import + first validate() of ${coldRecord.file}, in ${coldRuns} fresh node processes`);
  const cold = measureColdStart({ specifier: goodDay.specifier, recordFile: coldRecord.path, runs: coldRuns });
  console.log(`  import + first validation: median ${fmt(cold.inProcess.median, 1)} ms, min ${fmt(cold.inProcess.min, 1)} ms, max ${fmt(cold.inProcess.max, 1)} ms`);
  console.log(`  whole process, spawn to exit (context only, includes node's own start-up): median ${fmt(cold.wholeProcess.median, 1)} ms`);
  target(cold.inProcess.median < TARGET_COLD_START_MS, `median import + first validation < ${TARGET_COLD_START_MS} ms: ${fmt(cold.inProcess.median, 1)} ms (max ${fmt(cold.inProcess.max, 1)} ms)`);
  return targets;
}

async function main() {
  const options = { workloadSize: positive('workload'), rounds: positive('rounds'), roundMs: positive('round-ms'), warmupMs: positive('warmup-ms'), coldRuns: positive('cold-runs') };
  const goodDay = locateGoodDay();
  const { validate } = await import(goodDay.url);
  const groups = loadExampleGroups(args.records);
  if (groups.length === 0) throw new Error(`No valid example records (*.json not named invalid-*) under ${args.records}`);

  console.log('Good Day validation benchmark\n');
  console.log(`  node ${process.version} on ${platform()} ${arch()}, ${cpus()[0]?.model ?? 'unknown CPU'} (${availableParallelism()} threads)`);
  console.log(`  ajv ${versionOf('ajv')}, ajv-formats ${versionOf('ajv-formats')}, @exodus/schemasafe ${versionOf('@exodus/schemasafe')}, @cfworker/json-schema ${versionOf('@cfworker/json-schema')}`);
  console.log(`  Good Day loaded via ${goodDay.via}`);
  console.log(`  records from ${relative(repoRoot, args.records) || '.'}: ${groups.map((g) => `${g.examples.length} ${g.kind} ${g.version}`).join(', ')}; each kind is timed against its own schema`);
  console.log(`  timing: ${options.warmupMs} ms warm-up each, then ${options.rounds} interleaved rounds of ≥ ${options.roundMs} ms each; the figure is the median round`);

  const targets = [];
  for (const group of groups) targets.push(...(await benchKind(group, { ...options, validate, goodDay })));
  console.log('\n━━ Summary ━━\n');
  for (const line of targets) console.log(`  ${line}`);
}

try {
  await main();
} catch (error) {
  console.error(`\nbench failed: ${error?.stack ?? error}`);
  process.exitCode = 1;
}
