export const APOSTROPHE = 0x27;
export const CURLY_APOSTROPHE = 0x2019;
const nonAsciiWordChar = /[\p{L}\p{N}\p{M}]/u;
const nonAsciiLetter = /\p{L}/u;

/** Whether the word character at `i` is a letter (not a digit or a mark). */
export const isLetter = (code: number, text: string, i: number) => (code < 0x80 ? code > 0x39 : nonAsciiLetter.test(text[i]!));

export function isWordChar(code: number, text: string, i: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  return nonAsciiWordChar.test(text[i]!);
}

export function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
}

export const isHyphen = (code: number) => code === 0x2d || code === 0x2010 || code === 0x2011;

// 30 bits, so the hash stays a small integer that engines store and compare without boxing.
export const small = (h: number) => h & 0x3fffffff;

/** FNV-1a over a word's code units, so that most words can be ruled out without making a string of them. */
export function hashWord(word: string, fold: boolean): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ unit(word.charCodeAt(i), fold), 0x01000193);
  return small(h);
}

export function unit(code: number, fold: boolean): number {
  if (code === CURLY_APOSTROPHE) return APOSTROPHE;
  if (!fold) return code;
  if (code >= 0x41 && code <= 0x5a) return code + 32;
  if (code < 0x80) return code;
  return String.fromCharCode(code).toLowerCase().charCodeAt(0);
}

/**
 * The words and punctuation marks of a text, read in one pass over its characters and kept as numbers: where
 * each token starts and ends, whether it is a word, and a hash of it with and without capitals. Strings are
 * made only for the few tokens that are asked for. A word keeps inner apostrophes ("she's"); a hyphen inside a
 * word splits it with no token for the hyphen, so "non-compliant" reads as "non compliant".
 */
export class Tokens {
  count = 0;
  // Plain arrays of small integers: cheaper than typed arrays for the short texts of record fields.
  readonly start: number[] = [];
  readonly end: number[] = [];
  /** 0 punctuation, 1 word, 3 word with a letter in it. */
  readonly kind: number[] = [];
  readonly folded: number[] = [];
  readonly exact: number[] = [];
  private readonly norms: (string | undefined)[] = [];

  /** `hashes: false` when only words and sentences are wanted (readability), not phrase matching. */
  constructor(
    readonly text: string,
    hashes = true,
  ) {
    const length = text.length;
    let i = 0;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (isSpace(code)) {
        i++;
        continue;
      }
      if (!isWordChar(code, text, i)) {
        // A surrogate pair is one mark, not two.
        const width = code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1;
        this.push(i, i + width, 0, code, code);
        i += width;
        continue;
      }
      let partStart = i;
      let folded = 0x811c9dc5;
      let exact = 0x811c9dc5;
      let letter = false;
      for (;;) {
        const c = text.charCodeAt(i);
        if (i < length && isWordChar(c, text, i)) {
          if (hashes) {
            folded = Math.imul(folded ^ unit(c, true), 0x01000193);
            exact = Math.imul(exact ^ unit(c, false), 0x01000193);
          }
          if (!letter) letter = isLetter(c, text, i);
          i++;
          continue;
        }
        const joins = i + 1 < length && isWordChar(text.charCodeAt(i + 1), text, i + 1);
        if ((c === APOSTROPHE || c === CURLY_APOSTROPHE) && joins) {
          folded = Math.imul(folded ^ APOSTROPHE, 0x01000193);
          exact = Math.imul(exact ^ APOSTROPHE, 0x01000193);
          i++;
        } else if (isHyphen(c) && joins) {
          this.push(partStart, i, letter ? 3 : 1, folded, exact);
          i++;
          partStart = i;
          folded = exact = 0x811c9dc5;
          letter = false;
        } else {
          break;
        }
      }
      this.push(partStart, i, letter ? 3 : 1, folded, exact);
    }
  }

  private push(start: number, end: number, kind: number, folded: number, exact: number): void {
    this.start.push(start);
    this.end.push(end);
    this.kind.push(kind);
    this.folded.push(small(folded));
    this.exact.push(small(exact));
    this.count++;
  }

  isWord(i: number): boolean {
    return i >= 0 && i < this.count && this.kind[i] !== 0;
  }

  hasLetter(i: number): boolean {
    return this.kind[i] === 3;
  }

  /** The token as written. */
  raw(i: number): string {
    return this.text.slice(this.start[i], this.end[i]);
  }

  /** The token in lower case, with curly apostrophes made straight; made once, on first asking. */
  norm(i: number): string | undefined {
    if (i < 0 || i >= this.count) return undefined;
    if (this.norms[i] === undefined) {
      const lower = this.raw(i).toLowerCase();
      // Most words have no curly apostrophe: skip the replace for them.
      this.norms[i] = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
    }
    return this.norms[i];
  }
}

// ASCII lookup tables for the hot loop of anyWord: whether a code is a word character, and its lower case.
const ASCII_WORD = new Uint8Array(128);
const ASCII_FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_WORD[c] = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  ASCII_FOLD[c] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
}

/**
 * True when some word of the text passes `accept`, given its hash without capitals. The same reading as
 * {@link Tokens} but keeping nothing, so a text with no word worth a closer look costs one quick scan.
 */
export function anyWord(text: string, accept: (folded: number) => boolean): boolean {
  const length = text.length;
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    let word: boolean;
    let folded = c;
    if (c < 0x80) {
      word = ASCII_WORD[c] === 1;
      folded = ASCII_FOLD[c]!;
    } else if (c === CURLY_APOSTROPHE) {
      word = false;
    } else {
      word = isWordChar(c, text, i);
      if (word) folded = unit(c, true);
    }
    if (word) {
      h = Math.imul(h ^ folded, 0x01000193);
      inWord = true;
      continue;
    }
    if (!inWord) continue;
    // An apostrophe between letters stays in the word; anything else, a hyphen included, ends it.
    if ((c === APOSTROPHE || c === CURLY_APOSTROPHE) && i + 1 < length && isWordChar(text.charCodeAt(i + 1), text, i + 1)) {
      h = Math.imul(h ^ APOSTROPHE, 0x01000193);
      continue;
    }
    if (accept(small(h))) return true;
    h = 0x811c9dc5;
    inWord = false;
  }
  return inWord && accept(small(h));
}

/** A token as plain data, for callers and tests that want a list. */
export interface Token {
  readonly text: string;
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  readonly isWord: boolean;
}

/** Splits text into words and punctuation marks (see {@link Tokens}). */
export function tokenize(text: string): Token[] {
  const tokens = new Tokens(text);
  return Array.from({ length: tokens.count }, (_, i) => ({ text: tokens.raw(i), norm: tokens.norm(i)!, start: tokens.start[i]!, end: tokens.end[i]!, isWord: tokens.isWord(i) }));
}
