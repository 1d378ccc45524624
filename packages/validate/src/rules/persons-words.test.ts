import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameButForCaseAndSpacing } from './persons-words.js';

const asStrings = (a: string, b: string) => a.toLowerCase().replace(/\s+/g, ' ').trim() === b.toLowerCase().replace(/\s+/g, ' ').trim();

describe('sameButForCaseAndSpacing', () => {
  it('tells copied wording from the person\'s own', () => {
    expect(sameButForCaseAndSpacing(' Would like to BATHE\tsafely. ', 'would like to bathe safely.')).toBe(true);
    expect(sameButForCaseAndSpacing('I want a bath', 'I want a bath again')).toBe(false);
    expect(sameButForCaseAndSpacing('a b', 'ab')).toBe(false);
    expect(sameButForCaseAndSpacing('Café\u00a0time', 'café time')).toBe(true);
  });

  it('agrees with comparing the texts in lower case with their spacing folded, on random text', () => {
    const part = fc.constantFrom('a', 'A', 'b', 'B', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', 'é', 'É', 'İ', 'i', 'K', 'k', '.');
    const text = fc.array(part, { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(sameButForCaseAndSpacing(a, b)).toBe(asStrings(a, b));
        expect(sameButForCaseAndSpacing(a, a.toUpperCase())).toBe(asStrings(a, a.toUpperCase()));
      }),
      { numRuns: 3000 },
    );
  });
});
