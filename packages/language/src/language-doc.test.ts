import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { builtInEntries } from './generated/entries.js';
import * as api from './index.js';

const docFile = join(import.meta.dirname, '../../../docs/language.md');
const KIND_TITLES = { label: 'Labels', jargon: 'Jargon', 'plain-english': 'Plainer words' } as const;

function renderLanguageDoc(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const section = (kind: keyof typeof KIND_TITLES) => [
    `## ${KIND_TITLES[kind]}`,
    '',
    '| id | severity | finds | try instead | why | source |',
    '|---|---|---|---|---|---|',
    ...builtInEntries
      .filter((e) => e.kind === kind)
      .map((e) => `| \`language/${e.id}\` | ${e.severity} | ${cell(e.phrases.join(', '))} | ${cell(e.suggestions.join('; '))} | ${cell(e.note)} | ${cell(e.source)} |`),
    '',
  ];
  return [
    '<!-- Generated from packages/language/data by language-doc.test.ts. Generated — do not edit; run `UPDATE_DOCS=1 pnpm vitest run language-doc`. -->',
    '# Language entries',
    '',
    'Every entry the language linter checks. Words in quotation marks, and text in the person\'s own voice, are the person\'s own: they are never more than info findings. Jargon is fine when explained at its first use, as "multidisciplinary team (MDT)". Context decides some entries: "challenging" is a label for a person or their behaviour, not for a crossword. Each phrase also finds its other forms (-s, -ed, -ing, the agent noun, both spellings) unless the entry keeps to its exact forms. `language/abbreviation` (warning) marks any other abbreviation or shorthand not explained at its first use (s117, Hx, c/o, a 2:1), except everyday ones such as NHS, GP and UK. `language/long-sentence` (info) marks sentences over 25 words.',
    '',
    ...section('label'),
    ...section('jargon'),
    ...section('plain-english'),
  ].join('\n');
}

it('docs/language.md lists every entry as the data defines it', () => {
  if (process.env.UPDATE_DOCS) writeFileSync(docFile, renderLanguageDoc());
  expect(readFileSync(docFile, 'utf8')).toBe(renderLanguageDoc());
});

it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual(['LanguageInputError', 'builtInEntries', 'createLinter', 'feedbackForModel', 'lint', 'readabilityOf', 'addReadingCounts', 'emptyReadingCounts', 'readabilityFrom'].sort());
});
