// The options each benchmark takes, in one place: each run.mjs parses its own, and bench/run.mjs passes each its share.
import { fileURLToPath } from 'node:url';

const timing = (warmupMs) => ({
  'warmup-ms': { type: 'string', default: warmupMs, description: 'untimed warm-up before timing, in ms' },
  rounds: { type: 'string', default: '5', description: 'timed rounds' },
  'round-ms': { type: 'string', default: '1000', description: 'shortest length of a round, in ms' },
});

/** Benchmark name → parseArgs options (with a description each), in the order `pnpm bench` runs them. */
export const benchOptions = {
  validate: {
    records: { type: 'string', default: fileURLToPath(new URL('../examples/records', import.meta.url)), description: 'folder of example records' },
    workload: { type: 'string', default: '300', description: 'records per pass' },
    ...timing('1000'),
    'cold-runs': { type: 'string', default: '10', description: 'fresh processes for the cold-start figure' },
  },
  language: timing('500'),
  render: {},
  forms: timing('500'),
  bundle: {
    top: { type: 'string', default: '12', description: 'largest parts listed for each kind' },
  },
  audit: {
    sizes: { type: 'string', default: '10000,100000,1000000', description: 'records per generated NDJSON file, comma-separated' },
    repeats: { type: 'string', default: '3', description: 'times each measurement runs (the best is kept)' },
  },
  cld: {
    records: { type: 'string', default: '100000', description: 'records in the generated NDJSON file' },
    repeats: { type: 'string', default: '3', description: 'times each measurement runs (the best is kept)' },
  },
  'long-lists': {
    sizes: { type: 'string', default: '15000,30000,60000,120000,240000', description: 'items in the over-long list, comma-separated' },
  },
};

/** The options of one benchmark, as `parseArgs` takes them. */
export const parseArgsOptions = (bench) =>
  Object.fromEntries(Object.entries(benchOptions[bench]).map(([name, { description: _, ...option }]) => [name, option]));
