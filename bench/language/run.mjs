// The Good Day language benchmark: precision and recall on the corpus and throughput, each beside alex in the
// same run, and linear time on growing and hostile input. Run with `pnpm bench:language` (builds first).
// Informational: a MISS is printed, not failed; only real errors exit non-zero.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, availableParallelism, cpus, platform } from 'node:os';
import { parseArgs } from 'node:util';
import { parseArgsOptions } from '../options.mjs';
import { text as alexText } from 'alex';
import { parse } from 'yaml';
import { benchmark } from '../validate/harness.mjs';

const TARGET_THROUGHPUT_RATIO = 50;
const TARGET_PRECISION = 0.95;
const TARGET_RECALL = 0.95;
// Linear means 10× the text takes about 10× the time; allow for noise and cache effects.
const LINEAR_RANGE = [5, 20];

const { values: args } = parseArgs({ options: parseArgsOptions('language') });
const positive = (name) => {
  const n = Number(args[name]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number, not ${JSON.stringify(args[name])}`);
  return n;
};
const fmt = (n, digits = 0) => n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const verdict = (ok) => (ok ? 'PASS' : 'MISS');
const versionOf = (name) => {
  try {
    return createRequire(import.meta.url)(`${name}/package.json`).version;
  } catch {
    return '?';
  }
};

/** Sentence-level precision and recall: a sentence is flagged when the tool reports anything counted in it. */
function score(corpus, flags) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const falsePositives = [];
  const misses = [];
  for (const item of corpus) {
    const expected = item.labels.length > 0;
    const got = flags(item.text);
    if (got && expected) tp++;
    else if (got) {
      fp++;
      falsePositives.push(item.text);
    } else if (expected) {
      fn++;
      misses.push(item.text);
    }
  }
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), tp, fp, fn, falsePositives, misses };
}

/** Milliseconds for one lint of `text`: the median of enough runs to fill about 200 ms. */
function timeOne(fn, text) {
  const times = [];
  const until = performance.now() + 200;
  do {
    const start = performance.now();
    fn(text);
    times.push(performance.now() - start);
  } while (performance.now() < until || times.length < 3);
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

async function main() {
  const { addReadingCounts, emptyReadingCounts, lint } = await import(new URL('../../packages/language/dist/index.js', import.meta.url).href);
  const corpus = parse(readFileSync(new URL('../../packages/language/test/corpus.yml', import.meta.url), 'utf8'));
  const sentences = corpus.map((c) => c.text);
  const chars = sentences.reduce((n, s) => n + s.length, 0);

  console.log('Good Day language benchmark\n');
  console.log(`  node ${process.version} on ${platform()} ${arch()}, ${cpus()[0]?.model ?? 'unknown CPU'} (${availableParallelism()} threads)`);
  console.log(`  alex ${versionOf('alex')}; corpus: ${corpus.length} sentences (${corpus.filter((c) => c.labels.length === 0).length} clean), ${fmt(chars)} characters\n`);

  const goodDayFlags = (s) => lint(s, { readability: false }).findings.some((f) => f.severity !== 'info');
  const contenders = [
    { name: 'Good Day lint()', flags: goodDayFlags, run: (s) => lint(s) },
    { name: 'Good Day lint() (readability: false)', flags: goodDayFlags, run: (s) => lint(s, { readability: false }) },
    { name: 'alex text() (defaults)', flags: (s) => alexText(s).messages.length > 0, run: (s) => alexText(s) },
    { name: 'alex text() (noBinary)', flags: (s) => alexText(s, { noBinary: true }).messages.length > 0, run: (s) => alexText(s, { noBinary: true }) },
  ];

  console.log('Precision and recall on the corpus (sentence level; a sentence counts as flagged when anything above info is reported)');
  const scores = new Map();
  for (const c of contenders.filter((c) => !c.name.includes('readability'))) {
    const s = score(corpus, c.flags);
    scores.set(c.name, s);
    console.log(`  ${c.name.padEnd(28)} precision ${fmt(s.precision, 3)}  recall ${fmt(s.recall, 3)}  (true ${s.tp}, false ${s.fp}, missed ${s.fn})`);
  }
  const ours = scores.get('Good Day lint()');
  for (const text of ours.falsePositives.slice(0, 5)) console.log(`    Good Day false positive: ${text}`);
  for (const text of ours.misses.slice(0, 5)) console.log(`    Good Day missed: ${text}`);

  console.log('\nThroughput over the corpus, one sentence at a time (higher is better)');
  const rows = benchmark(
    contenders.map((c) => ({ name: c.name, check: (s) => (c.run(s), true) })),
    sentences,
    { warmupMs: positive('warmup-ms'), rounds: positive('rounds'), roundMs: positive('round-ms') },
  );
  const alex = rows.find((r) => r.name === 'alex text() (defaults)');
  for (const r of rows) {
    console.log(`  ${r.name.padEnd(38)} ${fmt(r.median).padStart(9)} sentences/s  ${fmt((r.median * chars) / sentences.length / 1e6, 2).padStart(6)} MB/s  spread ${fmt(r.spread * 100)}%  ${fmt(r.median / alex.median, 1)}× alex`);
  }

  console.log('\nTime against text size (one lint or one score, median of repeated runs; 10× the text should take about 10× the time)');
  const joined = sentences.join(' ');
  const sized = (n) => joined.repeat(Math.ceil(n / joined.length)).slice(0, n);
  const inputs = [
    ['record sentences', sized],
    ['"challenging challenging …"', (n) => 'challenging '.repeat(Math.ceil(n / 12)).slice(0, n)],
    ['"non-non-non-…" (hyphen runs)', (n) => 'non-'.repeat(Math.ceil(n / 4)).slice(0, n)],
    ['one word, no spaces', (n) => 'a'.repeat(n)],
    ['nested quotes and brackets', (n) => `"'(“‘`.repeat(Math.ceil(n / 5)).slice(0, n)],
    ['"MDT (MDT (MDT …" (jargon checks)', (n) => 'MDT ('.repeat(Math.ceil(n / 5)).slice(0, n)],
    ['"A.B.C.D.…" (letters with stops, initials)', (n) => 'A.'.repeat(Math.ceil(n / 2)).slice(0, n)],
    ['"?a w/ab 2-1 …" (shorthand shapes)', (n) => '?a w/ab 2-1 '.repeat(Math.ceil(n / 12)).slice(0, n)],
    ['"é-é-é-…" (other scripts)', (n) => 'é-'.repeat(Math.ceil(n / 2)).slice(0, n)],
  ];
  const linear = [];
  // lint() reads tokens; addReadingCounts() is the one-pass count that validate and the audit score text with.
  const ways = [
    ['lint', (t) => lint(t)],
    ['score', (t) => addReadingCounts(t, emptyReadingCounts())],
  ];
  for (const [label, make] of inputs) {
    for (const [way, run] of ways) {
      const small = timeOne(run, make(100_000));
      const large = timeOne(run, make(1_000_000));
      const ratio = large / small;
      linear.push({ label: `${way}: ${label}`, ratio, large });
      console.log(`  ${`${way}: ${label}`.padEnd(43)} 100 KB ${fmt(small, 1).padStart(7)} ms   1 MB ${fmt(large, 1).padStart(7)} ms   ×${fmt(ratio, 1)}`);
    }
  }

  const goodDay = rows.find((r) => r.name === 'Good Day lint()');
  const throughputRatio = goodDay.median / alex.median;
  console.log('\nTargets');
  console.log(`  ${verdict(throughputRatio >= TARGET_THROUGHPUT_RATIO)}  Good Day lint() ≥ ${TARGET_THROUGHPUT_RATIO} × alex's throughput: ${fmt(throughputRatio, 1)}×`);
  console.log(`  ${verdict(ours.precision >= TARGET_PRECISION)}  precision ≥ ${TARGET_PRECISION}: ${fmt(ours.precision, 3)} (alex ${fmt(scores.get('alex text() (defaults)').precision, 3)})`);
  console.log(`  ${verdict(ours.recall >= TARGET_RECALL)}  recall ≥ ${TARGET_RECALL}: ${fmt(ours.recall, 3)} (alex ${fmt(scores.get('alex text() (defaults)').recall, 3)})`);
  const allLinear = linear.every((l) => l.ratio >= LINEAR_RANGE[0] && l.ratio <= LINEAR_RANGE[1]);
  console.log(`  ${verdict(allLinear)}  linear time: 10× the text takes ${LINEAR_RANGE[0]}–${LINEAR_RANGE[1]}× the time for every input (worst ×${fmt(Math.max(...linear.map((l) => l.ratio)), 1)}; slowest 1 MB ${fmt(Math.max(...linear.map((l) => l.large)), 0)} ms)`);
}

try {
  await main();
} catch (error) {
  console.error(`\nbench failed: ${error?.stack ?? error}`);
  process.exitCode = 1;
}
