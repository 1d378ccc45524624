import { describe, expect, it } from 'vitest';
import { readability, sentences } from './readability.js';
import { Tokens } from './tokenize.js';

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
