import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addReadingCounts, emptyReadingCounts, readability, readabilityOf, readText, sentences } from './readability.js';
import { anyWord, hashWord, Tokens } from './tokenize.js';

const figures = (text: string) => readability(new Tokens(text), sentences(text, new Tokens(text)));
const split = (text: string) => sentences(text, new Tokens(text)).map((s) => text.slice(s.start, s.end));

describe('readability', () => {
  it('splits sentences at full stops, question marks and line breaks, but not after "Mrs."', () => {
    expect(split('Mrs. Jones went home. Is she happy? Yes!\nShe likes the garden')).toEqual(['Mrs. Jones went home.', 'Is she happy?', 'Yes!', 'She likes the garden']);
    expect(split('He said "no." Then he left...')).toEqual(['He said "no."', 'Then he left...']);
  });

  it('computes Flesch reading ease, Flesch–Kincaid grade and reading age from the standard formulas', () => {
    // 2 sentences, 8 words, 9 syllables: FRE = 206.835 − 1.015 × 4 − 84.6 × 1.125; FK = 0.39 × 4 + 11.8 × 1.125 − 15.59.
    const result = figures('The cat sat down. Then it ate breakfast.');
    expect(result).toMatchObject({ sentences: 2, words: 8, syllables: 9, averageWordsPerSentence: 4, longestSentenceWords: 4 });
    expect(result.fleschReadingEase).toBeCloseTo(Math.round((206.835 - 1.015 * 4 - 84.6 * 1.125) * 10) / 10, 5);
    expect(result.fleschKincaidGrade).toBeCloseTo(Math.round((0.39 * 4 + 11.8 * 1.125 - 15.59) * 10) / 10, 5);
    expect(result.readingAge).toBe(5);
  });

  it('scores plain writing as easier than officialese', () => {
    const plain = figures('She lives with her cat. Her son visits on Sundays. She likes to walk to the shop.');
    const official = figures('The individual currently resides independently, notwithstanding considerable deterioration in functional mobility necessitating comprehensive multidisciplinary intervention.');
    expect(plain.fleschReadingEase!).toBeGreaterThan(official.fleschReadingEase!);
    expect(plain.readingAge!).toBeLessThan(official.readingAge!);
    expect(plain.readingAge!).toBeLessThanOrEqual(11);
  });

  it('counts very long strings by length, so hostile input stays fast', () => {
    expect(figures('a'.repeat(300)).syllables).toBe(100);
  });
});

describe('addReadingCounts', () => {
  const counts = (text: string) => {
    const { sentences: n, words, syllables, longestSentenceWords } = figures(text);
    return { sentences: n, words, syllables, longestSentenceWords };
  };
  const corpus: { text: string }[] = parse(readFileSync(join(import.meta.dirname, '../test/corpus.yml'), 'utf8'));
  // Characters where the two readings could part: word joins, sentence ends, abbreviations, other scripts, surrogates.
  const tricky = fc.constantFrom('a', 'Mrs', 'dr', 'e', 'g', 'sea', 'K', 'İ', 'é', 'ǅ', '\u0301', '😀', '7', ' ', '  ', '\n', '\t', '\u00a0', '.', '!', '?', '…', '"', '”', ')', "'", '’', '-', '‐', '‑', ',', '(');

  it('reads every corpus sentence as its tokens and sentences do', () => {
    for (const { text } of corpus) expect(addReadingCounts(text, emptyReadingCounts()), text).toEqual(counts(text));
  });

  it('reads random text made of the characters where readings part as its tokens and sentences do', () => {
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(addReadingCounts(text, emptyReadingCounts())).toEqual(counts(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('watches the words as the quick look of the linter sees them, while counting the same', () => {
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 30 }), fc.constantFrom('mrs', 'sea', 'a', '7', "a'a", 'é'), (parts, word) => {
        const text = parts.join('');
        const wanted = hashWord(word, true);
        const counted = emptyReadingCounts();
        expect(readText(text, counted, (h) => h === wanted)).toBe(anyWord(text, (h) => h === wanted));
        expect(counted).toEqual(counts(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('adds up over texts as the texts read one after another, each its own paragraph', () => {
    const texts = corpus.slice(0, 40).map((c) => c.text.replace(/[.!?]$/, ''));
    const added = texts.reduce((into, text) => addReadingCounts(text, into), emptyReadingCounts());
    expect(added).toEqual(counts(texts.map((t) => `${t}.`).join('\n')));
    expect(readabilityOf(texts.join('.\n'))).toEqual(figures(texts.join('.\n')));
  });
});

describe('readability, as Flesch counts', () => {
  it('counts a hyphenated word as one word, in both ways of reading', async () => {
    const { readabilityOf } = await import('./readability.js');
    const { lint } = await import('./lint.js');
    const text = 'She has a well-being plan and a three-year-old grandson.';
    expect(readabilityOf(text).words).toBe(9);
    expect(lint(text).readability!.words).toBe(9);
    expect(readabilityOf('Mother-in-law visits.').words).toBe(2);
  });

  it('does not end a sentence at the full stops of "Dr.", "a.m." or "e.g."', async () => {
    const { readabilityOf } = await import('./readability.js');
    const { lint } = await import('./lint.js');
    const text = 'She saw Dr. Patel at 10 a.m. on Monday, e.g. about her knee. It went well.';
    expect(readabilityOf(text).sentences).toBe(2);
    expect(lint(text).readability!.sentences).toBe(2);
  });
});
