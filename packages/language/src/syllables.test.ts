import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { syllable } from 'syllable';
import { describe, expect, it } from 'vitest';
import { countSyllables } from './syllables.js';

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

describe('countSyllables', () => {
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
