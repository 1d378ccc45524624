import ucs2length from 'ajv/dist/runtime/ucs2length.js';
import { describe, expect, it } from 'vitest';
import codePointLength from './string-length.js';

const ajvLength = (ucs2length as unknown as { default: (s: string) => number }).default ?? ucs2length;

describe('codePointLength', () => {
  it.each([
    ['', 0],
    ['Lily', 4],
    ['café', 4],
    ['I 💚 the lunch club', 18],
    ['👩‍👧', 3],
    ['\uD800', 1],
    ['\uDC00\uD800', 2],
    ['a\uD83D', 2],
  ])('counts %j as %i code points', (s, n) => expect(codePointLength(s)).toBe(n));

  it('matches ajv on strings mixing pairs, lone surrogates and plain text', () => {
    const parts = ['a', ' ', 'é', '💚', '\uD83D', '\uDC9A', '\uD800\uDC00', 'ß'];
    let seed = 7;
    const strings = Array.from({ length: 5000 }, () => {
      let s = '';
      for (let i = (seed % 12); i >= 0; i--) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        s += parts[seed % parts.length];
      }
      return s;
    });
    expect(strings.map(codePointLength)).toEqual(strings.map(ajvLength));
  });
});
