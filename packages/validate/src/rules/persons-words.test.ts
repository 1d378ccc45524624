import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameButForCasePunctuationAndSpacing } from './persons-words.js';

// The definition, written plainly: lower case, apostrophes dropped, runs of spacing, punctuation and symbols one space.
const plain = (s: string) => s.toLowerCase().replace(/['\u2019]/g, '').replace(/[\s\p{P}\p{S}\p{Cc}]+/gu, ' ').trim();
const asStrings = (a: string, b: string) => plain(a) === plain(b);

describe('sameButForCasePunctuationAndSpacing', () => {
  it('tells copied wording from the person\'s own', () => {
    expect(sameButForCasePunctuationAndSpacing(' Would like to BATHE\tsafely. ', 'would like to bathe safely.')).toBe(true);
    expect(sameButForCasePunctuationAndSpacing('I want a bath', 'I want a bath again')).toBe(false);
    expect(sameButForCasePunctuationAndSpacing('a b', 'ab')).toBe(false);
    expect(sameButForCasePunctuationAndSpacing('Café\u00a0time', 'café time')).toBe(true);
  });

  it('also catches wording copied with only its punctuation changed', () => {
    expect(sameButForCasePunctuationAndSpacing('Mrs K cannot manage the stairs, and needs support to bathe.', 'mrs k cannot manage the stairs and needs support to bathe')).toBe(true);
    expect(sameButForCasePunctuationAndSpacing("Can't cook -- needs meals.", 'cant cook; needs meals!')).toBe(true);
    expect(sameButForCasePunctuationAndSpacing('“Needs help”—with meals', '"needs help" with meals')).toBe(true);
    expect(sameButForCasePunctuationAndSpacing('cook.Then rest', 'cook. Then rest')).toBe(true);
    expect(sameButForCasePunctuationAndSpacing("I can't cook", 'I can cook')).toBe(false);
    expect(sameButForCasePunctuationAndSpacing('well-being', 'wellbeing')).toBe(false);
    expect(sameButForCasePunctuationAndSpacing('I want my bath back.', 'Needs support with bathing.')).toBe(false);
  });

  it('agrees with comparing the texts in lower case with their punctuation and spacing folded, on random text', () => {
    const part = fc.constantFrom('a', 'A', 'b', 'B', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', 'é', 'É', 'İ', 'i', 'K', 'k', '.', ',', "'", '\u2019', '-', '!', '"', '\u201c', '\u2014', '\u0007');
    const text = fc.array(part, { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(sameButForCasePunctuationAndSpacing(a, b)).toBe(asStrings(a, b));
        expect(sameButForCasePunctuationAndSpacing(a, a.toUpperCase())).toBe(asStrings(a, a.toUpperCase()));
      }),
      { numRuns: 3000 },
    );
  });
});
