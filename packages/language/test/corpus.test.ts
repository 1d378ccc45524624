import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtInEntries } from '../src/generated/entries.js';
import { lint } from '../src/lint.js';

interface Item {
  readonly text: string;
  readonly labels: readonly string[];
}

// Realistic record sentences, each with the entries it should be flagged for ([] when clean). See corpus.yml.
const corpus: Item[] = parse(readFileSync(join(import.meta.dirname, 'corpus.yml'), 'utf8'));
const counted = (text: string) => lint(text, { readability: false }).findings.filter((f) => f.severity !== 'info');

describe('the corpus of record sentences', () => {
  it('is big enough, at least half clean, and uses only entries that exist', () => {
    const ids = new Set(builtInEntries.map((e) => e.id));
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(corpus.filter((c) => c.labels.length === 0).length * 2).toBeGreaterThanOrEqual(corpus.length);
    expect(corpus.flatMap((c) => c.labels).filter((id) => !ids.has(id))).toEqual([]);
    expect(new Set(corpus.map((c) => c.text)).size).toBe(corpus.length);
  });

  it('is linted with sentence-level precision and recall of at least 0.95', () => {
    let truePositives = 0;
    const falsePositives: string[] = [];
    const misses: string[] = [];
    for (const { text, labels } of corpus) {
      const flagged = counted(text).length > 0;
      if (flagged && labels.length > 0) truePositives++;
      else if (flagged) falsePositives.push(text);
      else if (labels.length > 0) misses.push(text);
    }
    const precision = truePositives / (truePositives + falsePositives.length);
    const recall = truePositives / (truePositives + misses.length);
    expect({ precision: precision >= 0.95, recall: recall >= 0.95, precision_: precision, recall_: recall, falsePositives, misses }).toMatchObject({ precision: true, recall: true });
  });

  it('names the expected entry in most flagged sentences', () => {
    const labelled = corpus.filter((c) => c.labels.length > 0);
    const named = labelled.filter(({ text, labels }) => {
      const found = new Set(counted(text).map((f) => f.ruleId.slice('language/'.length)));
      return labels.every((id) => found.has(id));
    });
    expect(named.length / labelled.length).toBeGreaterThanOrEqual(0.95);
  });
});
