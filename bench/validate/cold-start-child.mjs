// Runs in a fresh node process: times `await import(<Good Day>)` plus the first validate() of one record.
// Usage: node cold-start-child.mjs <specifier> <record.json>; prints { ms, valid } as JSON.
import { readFileSync } from 'node:fs';

const [specifier, recordFile] = process.argv.slice(2);
// Read and parse the record before the clock starts: the target covers the import and the validation, not our file I/O.
const record = JSON.parse(readFileSync(recordFile, 'utf8'));

const start = performance.now();
const { validate } = await import(specifier);
const report = validate(record);
const ms = performance.now() - start;

process.stdout.write(JSON.stringify({ ms, valid: report.valid }));
