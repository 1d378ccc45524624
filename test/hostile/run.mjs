// `pnpm test:hostile`: the whole hostile corpus and at least 100,000 property-based runs, then the figures.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { plainWhenPiped, pnpm } from '../../scripts/pnpm.mjs';

const root = join(import.meta.dirname, '../..');
const tallyFile = join(root, 'node_modules/.cache/hostile/tally.ndjson');
rmSync(tallyFile, { force: true });
const env = { ...plainWhenPiped(), HOSTILE_FULL: process.env.HOSTILE_FULL ?? '1', HOSTILE_RUNS: process.env.HOSTILE_RUNS ?? '100000' };
const started = Date.now();
const [command, ...args] = [...pnpm, 'exec', 'vitest', 'run', 'test/hostile', ...process.argv.slice(2)];
const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
const seconds = Math.round((Date.now() - started) / 1000);

const totals = { inputs: 0, runs: 0, spawns: 0 };
if (existsSync(tallyFile)) for (const line of readFileSync(tallyFile, 'utf8').split('\n').filter(Boolean)) totals[JSON.parse(line).what] += JSON.parse(line).n;
console.log(`\nHostile input: ${totals.inputs.toLocaleString('en-GB')} hostile inputs through the API, ${totals.runs.toLocaleString('en-GB')} property-based runs, ${totals.spawns.toLocaleString('en-GB')} goodday commands run, in ${Math.floor(seconds / 60)} min ${seconds % 60} s.`);
process.exit(status ?? 1);
