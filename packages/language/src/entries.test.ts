import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the build script is plain JavaScript, shared with the tests.
import { checkEntries, readEntries, renderEntries, renderTable } from '../scripts/build-data.mjs';
import { builtInEntries } from './generated/entries.js';
import { builtInTable } from './generated/phrase-table.js';
import { encodeKeys, phraseTable } from './phrase-index.js';
import type { LanguageFinding } from './finding.js';
import { createLinter, lint } from './lint.js';

interface DataEntry {
  readonly id: string;
  readonly flagged: readonly string[];
  readonly clean: readonly string[];
  readonly severity: string;
}
const data: { file: string; entry: DataEntry }[] = readEntries();
const counted = (sentence: string) => lint(sentence, { readability: false }).findings.filter((f) => f.severity !== 'info' || f.ruleId !== 'language/long-sentence');

describe('the language data', () => {
  it('passes the build checks: unique ids, no phrase in two entries, a source, a note and a suggestion each', () => {
    expect(checkEntries(data)).toEqual([]);
  });

  it('matches the generated module (run `pnpm --filter @goodday/language generate` after changing data)', () => {
    expect(readFileSync(join(import.meta.dirname, 'generated/entries.ts'), 'utf8')).toBe(renderEntries(data));
  });

  it('has its table of forms made at build by the same code as the table of entries a caller gives (run `generate` after changing forms)', () => {
    const made = phraseTable(builtInEntries);
    expect(readFileSync(join(import.meta.dirname, 'generated/phrase-table.ts'), 'utf8')).toBe(renderTable(made, encodeKeys));
    expect(builtInTable).toEqual(made);
  });

  it('finds a built-in entry the same way when a caller gives it as their own, its forms made when the linter is', () => {
    const asGiven = createLinter({ readability: false, entries: builtInEntries.map((entry) => ({ ...entry })) });
    const where = (findings: readonly LanguageFinding[]) => findings.map((f) => [f.ruleId, f.start, f.end]);
    for (const sentence of data.flatMap(({ entry }) => [...entry.flagged, ...entry.clean])) {
      expect(where(asGiven(sentence).findings), sentence).toEqual(where(lint(sentence, { readability: false }).findings));
    }
  });

  it('reports what is wrong with bad data, one line each', () => {
    const bad = [
      { file: 'a.yml', entry: { id: 'Bad Id', kind: 'label', phrases: ['x'], suggestions: ['y'], note: 'n', source: 's', severity: 'warning', flagged: ['x'], clean: ['y'] } },
      { file: 'a.yml', entry: { id: 'one', kind: 'label', phrases: ['Non-compliant'], suggestions: [], note: 'n', source: '', severity: 'loud', flagged: ['x'], clean: ['y'] } },
      { file: 'b.yml', entry: { id: 'one', kind: 'slang', phrases: ['z'], suggestions: ['y'], note: 'n', source: 's', severity: 'info', flagged: [], clean: ['y'], extra: 1 } },
      { file: 'b.yml', entry: { id: 'two', kind: 'label', phrases: ['non compliant'], suggestions: ['y'], note: 'n', source: 's', severity: 'info', flagged: ['x'], clean: ['y'] } },
    ];
    expect(checkEntries(bad)).toEqual([
      'a.yml: Bad Id: the id must be kebab-case',
      'a.yml: one: severity must be one of error, warning, info',
      'a.yml: one: source is missing',
      'a.yml: one: at least one suggestion is needed',
      'b.yml: one: unknown field "extra"',
      'b.yml: one: the id is also used in a.yml',
      'b.yml: one: kind must be one of label, jargon, plain-english',
      'b.yml: one: at least one flagged example is needed',
      'b.yml: two: the phrase "non compliant" is also in one',
    ]);
  });
});

describe.each(data.map(({ entry }) => [entry.id, entry] as const))('entry %s', (id, entry) => {
  it.each(entry.flagged.map((s) => [s]))('flags "%s"', (sentence) => {
    expect(counted(sentence).map((f) => f.ruleId)).toContain(`language/${id}`);
  });

  it.each(entry.clean.map((s) => [s]))('leaves "%s" alone', (sentence) => {
    expect(counted(sentence).filter((f) => f.severity !== 'info')).toEqual([]);
    expect(counted(sentence).map((f) => f.ruleId)).not.toContain(`language/${id}`);
  });
});
