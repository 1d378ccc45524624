import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lint } from '../src/lint.js';

// The corpus written blind, from the guides alone, before the entries it tests (see blind-corpus.yml).
const corpus: { text: string; labels: readonly string[] }[] = parse(readFileSync(join(import.meta.dirname, 'blind-corpus.yml'), 'utf8'));
const flagged = (text: string) => lint(text, { readability: false }).findings.some((f) => f.severity !== 'info');

describe('the blind corpus', () => {
  it('is big enough and at least half clean, with no sentence twice', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    expect(corpus.filter((c) => c.labels.length === 0).length * 2).toBeGreaterThanOrEqual(corpus.length);
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
