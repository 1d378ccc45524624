import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Full run: every mutation of every example, and the property runs given (at least 100,000 in all for `pnpm test:hostile`). */
export const FULL = process.env.HOSTILE_FULL === '1';
/** Property-based runs to share out across all the properties; a fast default for the normal suite. */
export const TOTAL_RUNS = Number(process.env.HOSTILE_RUNS ?? 12_000);

const dir = join(import.meta.dirname, '../../node_modules/.cache/hostile');

/** Records what a test file did, for `pnpm test:hostile` to add up and print. */
export function tally(what: 'inputs' | 'runs' | 'spawns', n: number, label: string): void {
  mkdirSync(dir, { recursive: true });
  appendFileSync(join(dir, 'tally.ndjson'), `${JSON.stringify({ what, n, label, pid: process.pid })}\n`);
}

export const tallyFile = join(dir, 'tally.ndjson');
