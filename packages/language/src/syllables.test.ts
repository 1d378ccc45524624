import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { syllable } from 'syllable';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EXCEPTIONS, rememberedSyllables, syllablesAt, syllablesOfLetters, wordLetters } from './syllables.js';

const root = join(import.meta.dirname, '../../..');
// Every distinct word of the entry docs and the example records: the vocabulary the linter reads.
const words = [
  ...new Set(
    [readFileSync(join(root, 'docs/language.md'), 'utf8'), ...readdirSync(join(root, 'examples/records/assessment')).map((f) => readFileSync(join(root, 'examples/records/assessment', f), 'utf8'))]
      .join(' ')
      .toLowerCase()
      .match(/[a-z]{2,}/g)!,
  ),
];

const countSyllables = (word: string) => syllablesAt(word, 0, word.length);

describe('syllablesAt', () => {
  it.each([
    ['care', 1], ['people', 2], ['walking', 2], ['safely', 2], ['placement', 2], ['needed', 2], ['helped', 1],
    ['changes', 2], ['able', 2], ['agree', 2], ['compliant', 3], ['situation', 4], ['social', 2], ['independent', 4],
  ] as const)('counts %s as %i', (word, n) => {
    expect(countSyllables(word)).toBe(n);
  });

  it('agrees with the dictionary-backed syllable package on most words, and on the total within 3%', () => {
    let agree = 0;
    let ours = 0;
    let theirs = 0;
    for (const word of words) {
      const a = countSyllables(word);
      const b = syllable(word);
      if (a === b) agree++;
      ours += a;
      theirs += b;
    }
    expect(words.length).toBeGreaterThan(500);
    expect(agree / words.length).toBeGreaterThan(0.9);
    expect(Math.abs(ours - theirs) / theirs).toBeLessThan(0.03);
  });
});

// The rules as first written, with regular expressions over a lower-case string: the character-code reading must agree.
function byRegex(input: string): number {
  const word = input.toLowerCase().replace(/[^a-z]/g, '');
  if (word.length <= 3) return 1;
  if (EXCEPTIONS[word] !== undefined) return EXCEPTIONS[word];
  let count = word.match(/[aeiouy]+/g)?.length ?? 0;
  if (word.endsWith('e') && !word.endsWith('ee') && !/[^aeiouy]le$/.test(word)) count--;
  if (/[^aeiouy]ed$/.test(word) && !/[td]ed$/.test(word)) count--;
  else if (/[^aeiouy]es$/.test(word) && !/(s|z|x|ch|sh|g|c)es$/.test(word)) count--;
  if (/[aeiouy]ing$/.test(word)) count++;
  if (/[^aeiouy]e(ly|ment|ments|ful|ness)$/.test(word)) count--;
  count += (word.match(/[^aeioucgst]ia|[^q]ua/g) ?? []).length;
  return Math.max(1, count);
}

describe('syllablesAt, read from character codes', () => {
  it('agrees with the rules written as regular expressions, on the vocabulary and on random words', () => {
    for (const word of [...words, ...Object.keys(EXCEPTIONS)]) expect(countSyllables(word), word).toBe(byRegex(word));
    const letter = fc.constantFrom(...'aeiouyqustdlngchszxmAEQ\'’7'.split(''));
    fc.assert(fc.property(fc.array(letter, { minLength: 1, maxLength: 14 }), (parts) => {
        expect(countSyllables(parts.join(''))).toBe(byRegex(parts.join('')));
      }), { numRuns: 5000 });
  });

  it('reads a word inside a longer text, and folds other scripts\' capitals first', () => {
    expect(syllablesAt('She is compliant today', 7, 16)).toBe(3);
    expect(syllablesAt('\u212Aitchen', 0, 7)).toBe(countSyllables('kitchen'));
    expect(syllablesAt('x'.repeat(41), 0, 41)).toBe(14);
  });
});

describe('rememberedSyllables', () => {
  // Puts a word's letters where a scan leaves them, and returns how many there are.
  const load = (word: string) => {
    for (let k = 0; k < word.length; k++) wordLetters[k] = word.charCodeAt(k);
    return word.length;
  };
  const remembered = (word: string, hash: number) => rememberedSyllables(load(word), word.length, hash);
  const counted = (word: string) => syllablesOfLetters(load(word), word.length);

  it('gives the count of the letters, whether the word was met before or not', () => {
    for (let pass = 0; pass < 2; pass++) for (const [i, word] of words.entries()) expect(remembered(word, i * 7919), word).toBe(counted(word));
  });

  it('tells words apart by their letters, not their hash: clashing words are counted again', () => {
    // The same hash for all of them: each evicts the one before, and none is mistaken for another.
    for (let pass = 0; pass < 3; pass++) for (const word of ['situation', 'situated', 'sit', 'situations', 'care', 'cares', 'careful']) expect(remembered(word, 42), word).toBe(counted(word));
    fc.assert(fc.property(fc.stringMatching(/^[a-z]{4,20}$/), fc.integer(), (word, hash) => remembered(word, hash & 0xff) === counted(word)), { numRuns: 3000 });
  });
});
