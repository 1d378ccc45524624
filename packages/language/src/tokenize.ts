/** A word or a single punctuation mark, with where it is in the text. */
export interface Token {
  /** As written. */
  readonly text: string;
  /** Lower-case, with curly apostrophes made straight: what case-insensitive phrases are matched against. */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  readonly isWord: boolean;
}

const APOSTROPHES = new Set([0x27, 0x2019]);
const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);
const nonAsciiWordChar = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(code: number, text: string, i: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  return nonAsciiWordChar.test(text[i]!);
}

function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
}

function word(text: string, start: number, end: number): Token {
  const raw = text.slice(start, end);
  return { text: raw, norm: raw.toLowerCase().replace(/’/g, "'"), start, end, isWord: true };
}

/**
 * Splits text into words and punctuation in one pass over its characters. A word keeps inner apostrophes
 * ("she's"); a hyphen inside a word splits it, with no token for the hyphen, so "non-compliant" reads as
 * "non compliant".
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    if (!isWordChar(code, text, i)) {
      // A lone surrogate pair is one mark, not two.
      const width = code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1;
      const mark = text.slice(i, i + width);
      tokens.push({ text: mark, norm: mark, start: i, end: i + width, isWord: false });
      i += width;
      continue;
    }
    let partStart = i;
    i++;
    for (;;) {
      while (i < length && isWordChar(text.charCodeAt(i), text, i)) i++;
      const next = i < length ? text.charCodeAt(i) : -1;
      const joins = i + 1 < length && isWordChar(text.charCodeAt(i + 1), text, i + 1);
      if (APOSTROPHES.has(next) && joins) {
        i++;
      } else if (HYPHENS.has(next) && joins) {
        tokens.push(word(text, partStart, i));
        i++;
        partStart = i;
      } else {
        break;
      }
    }
    tokens.push(word(text, partStart, i));
  }
  return tokens;
}
