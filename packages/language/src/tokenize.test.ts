import { describe, expect, it } from 'vitest';
import { quotedSpans } from './quotes.js';
import { tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('keeps apostrophes in words, splits hyphens, and gives each mark its own token', () => {
    expect(tokenize("She's non-compliant, isn’t she?").map((t) => t.norm)).toEqual(["she's", 'non', 'compliant', ',', "isn't", 'she', '?']);
  });

  it('keeps offsets exact', () => {
    const text = '  Café—co-op  ';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text).map((t) => t.text)).toEqual(['Café', '—', 'co', 'op']);
  });
});

describe('quotedSpans', () => {
  const quoted = (text: string) => quotedSpans(text).map((s) => text.slice(s.start, s.end));
  it('finds straight, curly and single quotes, but not apostrophes', () => {
    expect(quoted('He said "no" and ‘never’ and \'fine\'.')).toEqual(['"no"', '‘never’', "'fine'"]);
    expect(quoted("The nurses' station and Maureen's flat.")).toEqual([]);
    expect(quoted('She said ‘I’m fine’ twice.')).toEqual(['‘I’m fine’']);
  });

  it('ends an unclosed quote at the end of its paragraph', () => {
    expect(quoted('He said "no\n\nThen left.')).toEqual(['"no']);
  });
});
