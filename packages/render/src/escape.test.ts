import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, type Format } from './escape.js';

// The one-regex-per-format escaping that the hand-written scan replaced, kept as the reference it must match.
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;', '=': '&#61;' };
const MARKDOWN: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const PASS: Record<Format, RegExp> = {
  html: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]|\r\n?|\n|[&<>"'`=]/g,
  markdown: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]|\r\n?|\n|[&<>\\`*_[\]()!|~{}#:@]/g,
  text: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]|\r\n?|\n/g,
};
const reference = (format: Format, text: string) => {
  const table = format === 'html' ? HTML : format === 'markdown' ? MARKDOWN : undefined;
  const out = text
    .replace(PASS[format], (match) => {
      const first = match.charCodeAt(0);
      if (first === 0x0a || first === 0x0d) return ' ';
      if (first < 0x20 || (first >= 0x7f && first <= 0x9f) || first === 0x2028 || first === 0x2029) return '';
      return table ? (table[match] ?? `\\${match}`) : '';
    })
    .trim();
  return format === 'markdown' ? out.replace(/(www)\./gi, '$1\\.').replace(/^([-+])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2') : out;
};

describe('escapeText', () => {
  const tricky = fc.constantFrom('\r\n', '\r', '\n', '\r\r\n', '\u2028', '\u2029', '\u0085', '\u009f', '\u00a0', '\t', ' ', '-', '+', '1.', '12)', '&', '<', '>', '"', "'", '`', '=', '\\', '*', '_', '[', ']', '(', ')', '!', '|', '~', '{', '}', '#', ':', '@', 'www.', 'WwW.', '\u0000', '\u001b', '\u007f', 'é', '😀', '\ud800');
  const text = fc.array(fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 20 }).map((parts) => parts.join(''));

  it.each(['html', 'markdown', 'text'] as const)('gives the same %s as the one-regex reference, on 20,000 strings of special characters', (format) => {
    fc.assert(
      fc.property(text, (value) => {
        expect(escapeText(format, value)).toBe(reference(format, value));
      }),
      { numRuns: 20_000 },
    );
  });

  it('returns text with nothing to escape unchanged, and every character below U+0100 as the reference does', () => {
    expect(escapeText('html', 'Margaret pops round')).toBe('Margaret pops round');
    for (const format of ['html', 'markdown', 'text'] as const) {
      for (let code = 0; code < 0x100; code++) {
        const value = `a${String.fromCharCode(code)}b`;
        expect(escapeText(format, value), `${format} U+${code.toString(16)}`).toBe(reference(format, value));
      }
    }
  });
});
