import type { Violation } from '../rule.js';
import { pointer } from '../json-pointer.js';

interface Described {
  readonly inPersonsWords?: { readonly text: string; readonly describedBy: string; readonly supportedBy?: unknown };
  readonly practitionerDescription?: { readonly text: string };
}

// Case and spacing differences do not make practitioner wording the person's own.
const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

const isAsciiSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);
const skipSpace = (text: string, i: number) => {
  while (i < text.length && isAsciiSpace(text.charCodeAt(i))) i++;
  return i;
};
const foldAscii = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 32 : c);

/**
 * True when two texts are the same but for case and spacing. Two different texts almost always part within a
 * few characters, so they are compared as they are read rather than copied in lower case first; text in other
 * scripts (whose case and spaces are Unicode's) is compared as strings.
 */
export function sameButForCaseAndSpacing(a: string, b: string): boolean {
  let i = skipSpace(a, 0);
  let j = skipSpace(b, 0);
  for (; i < a.length && j < b.length; i++, j++) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (ca >= 0x80 || cb >= 0x80) return normalise(a) === normalise(b);
    const spaceA = isAsciiSpace(ca);
    if (spaceA !== isAsciiSpace(cb)) return false;
    if (spaceA) {
      i = skipSpace(a, i) - 1;
      j = skipSpace(b, j) - 1;
    } else if (foldAscii(ca) !== foldAscii(cb)) return false;
  }
  // What is left of either must be spacing only.
  for (const [text, from] of [[a, i], [b, j]] as const) {
    for (let k = from; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c >= 0x80) return normalise(a) === normalise(b);
      if (!isAsciiSpace(c)) return false;
    }
  }
  return true;
}

/**
 * The problems with one item that must be in the person's words (a need, a goal): none recorded,
 * support or a representative not named, or the practitioner's wording copied in.
 */
export function* personsWordsViolations(item: Described, path: readonly (string | number)[], name: string, whenMissing: string): Iterable<Violation> {
  const words = item.inPersonsWords;
  if (!words) {
    yield { path: pointer(...path), message: whenMissing };
    return;
  }
  if (words.describedBy !== 'person' && !words.supportedBy) {
    yield {
      path: pointer(...path, 'inPersonsWords'),
      message: `${name} was described ${words.describedBy === 'representative' ? 'by a representative' : 'with support'}, but not who that was: add supportedBy.`,
    };
  }
  if (item.practitionerDescription && sameButForCaseAndSpacing(item.practitionerDescription.text, words.text)) {
    yield {
      path: pointer(...path, 'inPersonsWords', 'text'),
      message: `${name} has the practitioner's wording in place of the person's: record what the person said, in their words.`,
    };
  }
}
