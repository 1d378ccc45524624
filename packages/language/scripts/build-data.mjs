// Reads data/*.yml, checks every entry, and writes src/generated/entries.ts and the sorted table of the forms each
// entry is found by, src/generated/phrase-table.ts (both committed; tests fail when they drift). Run with
// `pnpm --filter @goodday/language generate`; `pnpm build` runs it first.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
export const dataDir = join(here, '../data');
export const outputFile = join(here, '../src/generated/entries.ts');
export const tableFile = join(here, '../src/generated/phrase-table.ts');

const KINDS = new Set(['label', 'jargon', 'plain-english']);
const SEVERITIES = new Set(['error', 'warning', 'info']);
const FIELDS = new Set(['id', 'kind', 'phrases', 'caseSensitive', 'exactForms', 'labelWhen', 'notWhen', 'expansions', 'suggestions', 'note', 'source', 'severity', 'flagged', 'clean']);

/** Every entry in the data files, in file then entry order, each with the file it came from. */
export function readEntries(dir = dataDir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yml'))
    .sort()
    .flatMap((file) => {
      try {
        return (parse(readFileSync(join(dir, file), 'utf8')) ?? []).map((entry) => ({ file, entry }));
      } catch (error) {
        throw new Error(`${file}: ${String(error.message).split('\n')[0]}`);
      }
    });
}

// How a phrase is matched: lower-cased unless case-sensitive, hyphens and spaces alike.
const phraseKey = (phrase, caseSensitive) => (caseSensitive ? phrase : phrase.toLowerCase()).replace(/[’]/g, "'").split(/[\s-]+/).join(' ');

/** Every problem with the entries, as one line each; empty when all is well. */
export function checkEntries(entries) {
  const problems = [];
  const ids = new Map();
  const phrases = new Map();
  for (const { file, entry } of entries) {
    const where = `${file}: ${entry?.id ?? '(no id)'}`;
    for (const key of Object.keys(entry ?? {})) if (!FIELDS.has(key)) problems.push(`${where}: unknown field "${key}"`);
    if (typeof entry?.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(entry.id)) problems.push(`${where}: the id must be kebab-case`);
    else if (ids.has(entry.id)) problems.push(`${where}: the id is also used in ${ids.get(entry.id)}`);
    else ids.set(entry.id, file);
    if (!KINDS.has(entry?.kind)) problems.push(`${where}: kind must be one of ${[...KINDS].join(', ')}`);
    if (!SEVERITIES.has(entry?.severity)) problems.push(`${where}: severity must be one of ${[...SEVERITIES].join(', ')}`);
    for (const field of ['note', 'source']) if (typeof entry?.[field] !== 'string' || entry[field].trim() === '') problems.push(`${where}: ${field} is missing`);
    if (!Array.isArray(entry?.suggestions) || entry.suggestions.length === 0) problems.push(`${where}: at least one suggestion is needed`);
    if (!Array.isArray(entry?.phrases) || entry.phrases.length === 0) problems.push(`${where}: at least one phrase is needed`);
    for (const phrase of entry?.phrases ?? []) {
      if (typeof phrase !== 'string' || phrase.trim() === '') {
        problems.push(`${where}: a phrase is empty`);
        continue;
      }
      // Case-insensitively, so that "DP" in one entry and "dp" in another cannot both claim a word.
      const key = phraseKey(phrase, false);
      if (phrases.has(key) && phrases.get(key) !== entry.id) problems.push(`${where}: the phrase "${phrase}" is also in ${phrases.get(key)}`);
      phrases.set(key, entry.id);
    }
    for (const field of ['flagged', 'clean']) {
      if (!Array.isArray(entry?.[field]) || entry[field].length === 0) problems.push(`${where}: at least one ${field} example is needed`);
    }
    // YAML reads 10 or yes unquoted as a number or a boolean; a context is always words.
    for (const field of ['labelWhen', 'notWhen']) {
      for (const side of ['next', 'previous']) {
        for (const words of entry?.[field]?.[side] ?? []) if (typeof words !== 'string' || words.trim() === '') problems.push(`${where}: ${field}.${side} holds ${JSON.stringify(words)}, not words: quote it`);
      }
    }
  }
  return problems;
}

const BANNER = `/**
 * Generated from packages/language/data/*.yml by scripts/build-data.mjs.
 * Generated — do not edit. Change the data and run \`pnpm --filter @goodday/language generate\` instead.
 */`;

/** The generated module's text: every entry without its test sentences. */
export function renderEntries(entries) {
  const runtime = entries.map(({ entry }) => {
    const { flagged, clean, ...rest } = entry;
    return rest;
  });
  return `${BANNER}
import type { LanguageEntry } from '../entry.js';

/** Every built-in entry, in data file order. */
export const builtInEntries: readonly LanguageEntry[] = ${JSON.stringify(runtime, null, 2)};
`;
}

/** The generated table module's text, from the table `phraseTable` made of the built-in entries. */
export function renderTable(table, encodeKeys) {
  const forms = (t) => `{
    keys: decodeKeys(${JSON.stringify(encodeKeys(t.keys))}),
    owners: ${JSON.stringify(t.owners)},
  }`;
  return `${BANNER}
import { decodeKeys, type PhraseTable } from '../phrase-index.js';

/** The built-in entries' forms, sorted, each with its entry's place in builtInEntries, and the filters a text is sifted by. */
export const builtInTable: PhraseTable = {
  folded: ${forms(table.folded)},
  exact: ${forms(table.exact)},
  filters: {
    foldedFirst: ${JSON.stringify(table.filters.foldedFirst)},
    exactFirst: ${JSON.stringify(table.filters.exactFirst)},
    anchors: ${JSON.stringify(table.filters.anchors)},
  },
};
`;
}

// The table is made by the linter's own code (src/phrase-index.ts), bundled for this script, so the two cannot differ.
async function tableOf(runtimeEntries) {
  const { build } = await import('esbuild');
  const bundle = await build({ entryPoints: [join(here, '../src/phrase-index.ts')], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'silent' });
  const { phraseTable, encodeKeys } = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
  return { table: phraseTable(runtimeEntries), encodeKeys };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let entries;
  try {
    entries = readEntries();
  } catch (error) {
    console.error(`The language data cannot be read: ${error.message}`);
    process.exit(1);
  }
  const problems = checkEntries(entries);
  if (problems.length > 0) {
    console.error(`The language data has ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  writeFileSync(outputFile, renderEntries(entries));
  const { table, encodeKeys } = await tableOf(entries.map(({ entry: { flagged, clean, ...rest } }) => rest));
  writeFileSync(tableFile, renderTable(table, encodeKeys));
  const forms = table.folded.keys.length + table.exact.keys.length;
  console.log(`Wrote ${entries.length} entries to src/generated/entries.ts and their ${forms} forms to src/generated/phrase-table.ts`);
}
