/** A stretch of text in quotation marks: [start, end). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const OPENERS: Record<string, string> = { '“': '”', '‘': '’', '«': '»' };

/**
 * Where the text quotes someone: "…", “…”, ‘…’, «…», and '…' where the single quote opens before a word and
 * closes after one (so apostrophes in "she's" or "the nurses' room" are not quotes). An unclosed quote runs to
 * the end of its paragraph.
 */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    let close: string | undefined;
    if (ch === '"') close = '"';
    else if (OPENERS[ch]) close = OPENERS[ch];
    else if (ch === "'" && !isLetter(text[i - 1]) && isLetter(text[i + 1])) close = "'";
    if (!close) {
      i++;
      continue;
    }
    let j = i + 1;
    let end = text.length;
    for (; j < text.length; j++) {
      const c = text[j]!;
      if (c === '\n' && text[j + 1] === '\n') {
        end = j;
        break;
      }
      // A closing single quote (straight or curly) must end a word, or it is an apostrophe.
      if (c === close && (close === '"' || close === '”' || close === '»' || !isLetter(text[j + 1]))) {
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
