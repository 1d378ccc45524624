import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lint } from '../src/lint.js';

// The corpora written blind, from the guides alone, before the entries they test (see blind-corpus.yml and probes/).
type Corpus = { text: string; labels: readonly string[] }[];
const read = (file: string): Corpus => parse(readFileSync(join(import.meta.dirname, file), 'utf8'));
const flagged = (text: string) => lint(text, { readability: false }).findings.some((f) => f.severity !== 'info');
const corpora: [string, Corpus][] = [['blind-corpus.yml', read('blind-corpus.yml')], ...readdirSync(join(import.meta.dirname, 'probes')).sort().map((f): [string, Corpus] => [f, read(join('probes', f))])];

describe.each(corpora)('the blind corpus %s', (_, corpus) => {
  it('is big enough and at least 40% clean, with no sentence twice', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(corpus.filter((c) => c.labels.length === 0).length * 5).toBeGreaterThanOrEqual(corpus.length * 2);
    expect(new Set(corpus.map((c) => c.text)).size).toBe(corpus.length);
  });

  it('is linted with sentence-level precision and recall of at least 0.95', () => {
    const labelled = corpus.filter((c) => c.labels.length > 0);
    const truePositives = labelled.filter((c) => flagged(c.text)).length;
    const falsePositives = corpus.filter((c) => c.labels.length === 0 && flagged(c.text)).map((c) => c.text);
    const misses = labelled.filter((c) => !flagged(c.text)).map((c) => c.text);
    const precision = truePositives / (truePositives + falsePositives.length);
    const recall = truePositives / labelled.length;
    expect({ precision: precision >= 0.95, recall: recall >= 0.95, precision_: precision, recall_: recall, falsePositives, misses }).toMatchObject({ precision: true, recall: true });
  });
});
