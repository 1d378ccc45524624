// A small timing harness: same workload for everyone, warm-up first, then interleaved rounds; reports median records/s.
import { performance } from 'node:perf_hooks';

/**
 * Runs `check` over the workload, whole passes only, until at least `ms` have passed.
 * Returns records per second and how many records `check` rejected (the count also keeps results observably used).
 */
function timeRound(check, workload, ms) {
  let records = 0;
  let rejected = 0;
  let elapsed = 0;
  const start = performance.now();
  do {
    for (let i = 0; i < workload.length; i++) if (check(workload[i]) !== true) rejected++;
    records += workload.length;
    elapsed = performance.now() - start;
  } while (elapsed < ms);
  return { opsPerSec: records / (elapsed / 1000), rejected };
}

const median = (sorted) => {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Times every contender ({ name, check }) on the workload.
 * Returns one row per contender: { name, median, min, max, spread, samples } in records per second.
 * Throws if any contender rejects a record during timing, since its numbers would then mean nothing.
 */
export function benchmark(contenders, workload, { warmupMs, rounds, roundMs }) {
  // Warm-up lets V8 optimise each validator before anything is recorded.
  for (const c of contenders) guard(c, timeRound(c.check, workload, warmupMs));
  const samples = new Map(contenders.map((c) => [c.name, []]));
  for (let round = 0; round < rounds; round++) {
    // Rotate who goes first, so no contender always runs straight after the same neighbour's garbage.
    for (let k = 0; k < contenders.length; k++) {
      const c = contenders[(round + k) % contenders.length];
      samples.get(c.name).push(guard(c, timeRound(c.check, workload, roundMs)).opsPerSec);
    }
  }
  return contenders.map((c) => {
    const sorted = [...samples.get(c.name)].sort((a, b) => a - b);
    const mid = median(sorted);
    return { name: c.name, median: mid, min: sorted[0], max: sorted.at(-1), spread: (sorted.at(-1) - sorted[0]) / mid, samples: sorted };
  });
}

function guard(contender, result) {
  if (result.rejected > 0) throw new Error(`${contender.name} rejected ${result.rejected} workload record(s) while being timed`);
  return result;
}
