/** A stretch of text in quotation marks: [start, end). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const letterOrDigit = /[\p{L}\p{N}]/u;
const isLetter = (text: string, i: number) => {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c < 0x80 ? (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) : letterOrDigit.test(text[i]!);
};

const STRAIGHT_DOUBLE = 0x22;
const STRAIGHT_SINGLE = 0x27;
// Opening marks and the marks that close them.
const CLOSE: Record<number, number> = { 0x201c: 0x201d, 0x2018: 0x2019, 0xab: 0xbb };

/**
 * Where the text quotes someone: "…", “…”, ‘…’, «…», and '…' where the single quote opens before a word and
 * closes after one (so apostrophes in "she's" or "the nurses' room" are not quotes). An unclosed quote runs to
 * the end of its paragraph.
 */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const ch = text.charCodeAt(i);
    let close = -1;
    if (ch === STRAIGHT_DOUBLE) close = STRAIGHT_DOUBLE;
    else if (CLOSE[ch] !== undefined) close = CLOSE[ch]!;
    else if (ch === STRAIGHT_SINGLE && !isLetter(text, i - 1) && isLetter(text, i + 1)) close = STRAIGHT_SINGLE;
    if (close < 0) {
      i++;
      continue;
    }
    // A closing single quote must end a word, or it is an apostrophe.
    const single = close === STRAIGHT_SINGLE || close === 0x2019;
    let j = i + 1;
    let end = length;
    for (; j < length; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x0a && text.charCodeAt(j + 1) === 0x0a) {
        end = j;
        break;
      }
      if (c === close && (!single || !isLetter(text, j + 1))) {
        end = j + 1;
        break;
      }
    }
    spans.push({ start: i, end });
    i = j + 1;
  }
  return spans;
}

/** True when `at` falls inside one of the (sorted, non-overlapping) spans. */
export function inSpans(spans: readonly Span[], at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (at < span.start) hi = mid - 1;
    else if (at >= span.end) lo = mid + 1;
    else return true;
  }
  return false;
}
