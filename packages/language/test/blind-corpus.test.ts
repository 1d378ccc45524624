import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtInEntries } from '../src/generated/entries.js';
import { lint } from '../src/lint.js';

// The corpora written blind, from the guides alone, before the entries they test (see blind-corpus.yml and probes/).
type Corpus = { text: string; labels: readonly string[] }[];
const read = (file: string): Corpus => parse(readFileSync(join(import.meta.dirname, file), 'utf8'));
// Plain-English wording is reported as info by design (readable writing, not a judgement): a sentence labelled for it
// alone is found when it has any finding; every other label needs a warning or an error.
const PLAIN = new Set(builtInEntries.filter((e) => e.kind === 'plain-english').map((e) => `language/${e.id}`));
const plainOnly = (c: Corpus[number]) => c.labels.length > 0 && c.labels.every((l) => l === 'plain-english');
const found = (c: Corpus[number]) => lint(c.text, { readability: false }).findings.some((f) => f.severity !== 'info' || (plainOnly(c) && PLAIN.has(f.ruleId)));
const flagged = (text: string) => found({ text, labels: [] });
const corpora: [string, Corpus][] = [['blind-corpus.yml', read('blind-corpus.yml')], ...readdirSync(join(import.meta.dirname, 'probes')).sort().map((f): [string, Corpus] => [f, read(join('probes', f))])];

describe.each(corpora)('the blind corpus %s', (_, corpus) => {
  it('is big enough and at least 40% clean, with no sentence twice', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(corpus.filter((c) => c.labels.length === 0).length * 5).toBeGreaterThanOrEqual(corpus.length * 2);
    expect(new Set(corpus.map((c) => c.text)).size).toBe(corpus.length);
  });

  it('is linted with sentence-level precision and recall of at least 0.95', () => {
    const labelled = corpus.filter((c) => c.labels.length > 0);
    const truePositives = labelled.filter((c) => found(c)).length;
    const falsePositives = corpus.filter((c) => c.labels.length === 0 && flagged(c.text)).map((c) => c.text);
    const misses = labelled.filter((c) => !found(c)).map((c) => c.text);
    const precision = truePositives / (truePositives + falsePositives.length);
    const recall = truePositives / labelled.length;
    expect({ precision: precision >= 0.95, recall: recall >= 0.95, precision_: precision, recall_: recall, falsePositives, misses }).toMatchObject({ precision: true, recall: true });
  });
});
