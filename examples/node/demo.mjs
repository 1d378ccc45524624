// The Quick start demo: one screen of what each user gets from the example records, by package name as a vendor would.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { audit, readRecords, toHtml } from '@goodday/audit';
import { lint } from '@goodday/language';
import { render } from '@goodday/render';
import { parseRecord, rules, validate } from '@goodday/validate';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const root = join(repo, 'examples/records');
// GOODDAY_DEMO_OUT moves the written pages elsewhere (the demo's own test writes to a scratch folder).
const out = process.env.GOODDAY_DEMO_OUT || join(repo, 'demo-output');
const width = Math.min(process.stdout.columns || 100, 110);

async function* recordFiles(dir) {
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isDirectory()) yield* recordFiles(join(dir, entry.name));
    else if (entry.name.endsWith('.json')) yield join(dir, entry.name);
  }
}

// Wraps words to the terminal, every line after the first indented to `indent`.
function wrap(text, indent, first = indent) {
  const lines = [];
  let line = first;
  for (const word of text.split(/\s+/)) {
    if (line.length + word.length + 1 > width && line.trim()) {
      lines.push(line.trimEnd());
      line = indent;
    }
    line += (line.trim() ? ' ' : '') + word;
  }
  return [...lines, line.trimEnd()].join('\n');
}

const heading = (text) => console.log(`\n${text}`);
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

// 1. Validation: every example, each plan against the example assessments it builds on, each review against its plan.
const started = performance.now();
const records = [];
for await (const file of recordFiles(root)) records.push({ file, name: relative(root, file), record: parseRecord(await readFile(file)) });
const related = records.filter(({ name }) => /^(assessment\/(complete|draft)|support-plan\/complete)/.test(name)).map(({ record }) => record);
const rows = records.map(({ file, name, record }) => {
  const report = validate(record, { context: { related } });
  const fired = [...new Set(report.findings.map((f) => f.ruleId))];
  // invalid-<rule>.json breaks that error rule alone, warning-<rule>.json that warning rule, labelled-*.json only the linter's.
  const named = /\/(invalid|warning)-(.+)\.json$/.exec(name);
  const asNamed = named
    ? fired.length === 1 && fired[0] === `${report.kind}/${named[2]}` && report.valid === (named[1] === 'warning')
    : /\/labelled-/.test(name)
      ? report.valid && fired.length > 0 && fired.every((id) => id.startsWith('language/'))
      : report.findings.length === 0;
  return { file, name, record, report, asNamed };
});
const ms = performance.now() - started;

console.log(`Good Day: a demo over the ${records.length} example records in examples/records/`);
heading(`For vendors — validation: ${records.length} records against ${rules.length} rules in ${ms.toFixed(0)} ms`);
console.log(`  ${'kind'.padEnd(22)}${'records'.padStart(8)}${'valid'.padStart(8)}${'warnings'.padStart(10)}${'errors'.padStart(8)}`);
for (const kind of [...new Set(rows.map((r) => r.report.kind))]) {
  const ofKind = rows.filter((r) => r.report.kind === kind);
  const clean = ofKind.filter((r) => r.report.findings.length === 0).length;
  const errors = ofKind.filter((r) => !r.report.valid).length;
  console.log(`  ${kind.padEnd(22)}${String(ofKind.length).padStart(8)}${String(clean).padStart(8)}${String(ofKind.length - clean - errors).padStart(10)}${String(errors).padStart(8)}`);
}
const wrong = rows.filter((r) => !r.asNamed);
console.log(
  wrong.length === 0
    ? '  Each example behaved as its name says: invalid-<rule> breaks that rule (an error),\n  warning-<rule> breaks that warning rule, labelled-* has language warnings only, the rest have no findings.'
    : `  NOT AS NAMED: ${wrong.map((r) => r.name).join(', ')}`,
);

const shown = rows.find((r) => r.name === 'assessment/invalid-needs-before-eligibility.json') ?? rows.find((r) => !r.report.valid);
if (shown) {
  heading(`A record's findings, in words (${shown.name}):`);
  for (const f of shown.report.findings) {
    console.log(wrap(f.message, '      ', `  ${f.severity}  ${f.path}:`));
    console.log(wrap(`Source: ${f.source}.`, '      ', '     '));
  }
}

// 2. The language linter, on the kind of note an AI note-taker writes.
const note = 'Mr B wanders at night and is non-compliant with his tablets. Discussed at MDT.';
const { findings, readability } = lint(note);
heading('For AI-tool builders — the language linter, on a note a model wrote:');
console.log(`  "${note}"`);
for (const f of findings.slice(0, 2)) console.log(wrap(f.message, '      ', `  ${f.line}:${f.column}  ${f.ruleId}:`));
console.log(`  … ${plural(findings.length, 'finding')} in all; reading ease ${readability.fleschReadingEase.toFixed(0)}, reading age about ${readability.readingAge.toFixed(0)}.`);

// 3. A record rendered for the person, and 4. the audit of the whole export, written where a reader can open them.
await mkdir(out, { recursive: true });
const plan = rows.find((r) => r.name === 'support-plan/complete-direct-payment.json') ?? rows.find((r) => r.report.kind === 'support-plan' && r.report.findings.length === 0);
const pages = [];
for (const [format, ext] of [['html', 'html'], ['markdown', 'md']]) {
  const page = join(out, `${plan.name.replace(/\//g, '-').replace(/\.json$/, '')}.${ext}`);
  await writeFile(page, render(plan.record, { format, organisation: { name: 'Northgate Council', contact: '0300 123 4567' } }));
  pages.push(relative(process.cwd(), page));
}
heading(`For the person — ${plan.name} rendered as a document they can read:`);
for (const page of pages) console.log(`  ${page}`);
console.log('  The Markdown begins:');
const markdown = await readFile(join(process.cwd(), pages[1]), 'utf8');
for (const line of markdown.split('\n').filter((l) => l.trim()).slice(0, 4)) console.log(`    ${line.length > width - 6 ? `${line.slice(0, width - 7)}…` : line}`);

const summary = await audit(readRecords(rows.map((r) => r.file)));
const auditPage = join(out, 'audit.html');
await writeFile(auditPage, toHtml(summary));
const failing = Object.entries(summary.rules)
  .filter(([, tally]) => tally.failed > 0)
  .sort(([, a], [, b]) => b.failed / b.applied - a.failed / a.applied);
heading(`For auditors — the whole export as one page: ${relative(process.cwd(), auditPage)}`);
console.log(`  ${plural(summary.records, 'record')}; ${failing.length} of the ${Object.keys(summary.rules).length} checks fail at least one record.`);
const [worstId, worst] = failing[0] ?? [];
if (worst) console.log(`  Lowest conformance: ${worstId}, passed by ${worst.passed} of ${plural(worst.applied, 'record')}.`);

heading('Next: pnpm exec goodday --help   (validate, lint, render, audit and schema, on your own files)');
process.exitCode = wrong.length === 0 ? 0 : 1;
