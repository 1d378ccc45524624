// The Quick start demo: validates every example record, each plan against the example assessment it builds on, and prints a line per record.
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRecord, rules, validate } from '@goodday/validate';

const root = fileURLToPath(new URL('../records/', import.meta.url));

async function* recordFiles(dir) {
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isDirectory()) yield* recordFiles(join(dir, entry.name));
    else if (entry.name.endsWith('.json')) yield join(dir, entry.name);
  }
}

const started = performance.now();
const records = [];
for await (const file of recordFiles(root)) records.push({ name: relative(root, file), record: parseRecord(await readFile(file)) });
// The valid example assessments are the related records a plan is checked against.
const related = records.filter(({ name }) => name.startsWith('assessment') && !/invalid-|labelled-/.test(name)).map(({ record }) => record);
const rows = [];
for (const { name, record } of records) {
  const report = validate(record, { context: { related } });
  // A file called invalid-<rule>.json is meant to break exactly that rule; labelled-*.json only the language linter's.
  const intended = /invalid-(.+)\.json$/.exec(name)?.[1];
  const fired = [...new Set(report.findings.map((f) => f.ruleId))];
  const asIntended = intended
    ? fired.length === 1 && fired[0] === `${report.kind}/${intended}`
    : /labelled-/.test(name)
      ? fired.length > 0 && fired.every((id) => id.startsWith('language/'))
      : report.findings.length === 0;
  rows.push({ name, report, fired, asIntended });
}
const ms = performance.now() - started;

console.log('Good Day: validating the example records\n');
for (const { name, report, fired, asIntended } of rows) {
  const verdict = report.valid ? (report.findings.length ? 'valid, with warnings' : 'valid') : 'invalid';
  console.log(`  ${asIntended ? 'ok  ' : 'FAIL'}  ${name.padEnd(58)} ${verdict.padEnd(21)} ${fired.join(', ')}`);
}
const ruleCount = rules.length;
const valid = rows.filter((r) => r.report.valid).length;
const wrong = rows.filter((r) => !r.asIntended);
console.log(`\n${rows.length} records checked against ${ruleCount} rules in ${ms.toFixed(0)} ms: ${valid} valid, ${rows.length - valid} invalid.`);
console.log(wrong.length === 0 ? 'Every example behaved as its name says.' : `${wrong.length} example(s) did not behave as their names say.`);
process.exitCode = wrong.length === 0 ? 0 : 1;
