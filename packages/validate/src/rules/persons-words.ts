import type { Violation } from '../rule.js';
import { pointer } from '../json-pointer.js';

interface Words {
  readonly text: string;
  readonly describedBy: string;
  readonly supportedBy?: unknown;
}

/** Whose words an item holds, and the field they are in: the person's (`inPersonsWords`) or a carer's (`inCarersWords`). */
export interface Speaker {
  readonly field: 'inPersonsWords' | 'inCarersWords';
  /** How a message names them: "the person", "the carer". */
  readonly who: string;
}

export const PERSON: Speaker = { field: 'inPersonsWords', who: 'the person' };
export const CARER: Speaker = { field: 'inCarersWords', who: 'the carer' };

type Described = { readonly [F in Speaker['field']]?: Words } & { readonly practitionerDescription?: { readonly text: string } };

// Case, punctuation and spacing do not make practitioner wording the person's own: apostrophes go ("can't" is
// "cant"), and any run of spacing, punctuation or symbols is one space between words.
const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[\s\p{P}\p{S}\p{Cc}]+/gu, ' ')
    .trim();

const END = -1;
const GAP = 0x20;
const NOT_ASCII = -2;
const isAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const foldAscii = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 32 : c);

/** Reads a text as it is compared: folded letters and digits, one GAP between words, END after the last word. */
class Reader {
  private i = 0;
  constructor(private readonly text: string) {
    this.skipGap();
  }
  private skipGap() {
    for (; this.i < this.text.length; this.i++) {
      const c = this.text.charCodeAt(this.i);
      if (c >= 0x80 || isAlnum(c)) return;
    }
  }
  next(): number {
    while (this.text.charCodeAt(this.i) === 0x27) this.i++;
    if (this.i >= this.text.length) return END;
    const c = this.text.charCodeAt(this.i);
    if (c >= 0x80) return NOT_ASCII;
    if (isAlnum(c)) {
      this.i++;
      return foldAscii(c);
    }
    this.skipGap();
    if (this.i >= this.text.length) return END;
    // A gap that runs into another script's character may be that script's punctuation: compare as strings.
    return this.text.charCodeAt(this.i) >= 0x80 ? NOT_ASCII : GAP;
  }
}

/**
 * True when two texts are the same words but for case, punctuation and spacing. Two different texts almost always
 * part within a few characters, so they are compared as they are read rather than copied in lower case first; text
 * in other scripts (whose case, spaces and punctuation are Unicode's) is compared as normalised strings.
 */
export function sameButForCasePunctuationAndSpacing(a: string, b: string): boolean {
  const ra = new Reader(a);
  const rb = new Reader(b);
  for (;;) {
    const ca = ra.next();
    const cb = rb.next();
    if (ca === NOT_ASCII || cb === NOT_ASCII) return normalise(a) === normalise(b);
    if (ca !== cb) return false;
    if (ca === END) return true;
  }
}

/**
 * The problems with one item that must be in the person's words (a need, a goal), or a carer's: none recorded,
 * support or a representative not named, or the practitioner's wording copied in.
 */
export function* personsWordsViolations(
  item: Described,
  path: readonly (string | number)[],
  name: string,
  whenMissing: string,
  speaker: Speaker = PERSON,
): Iterable<Violation> {
  const words = item[speaker.field];
  if (!words) {
    yield { path: pointer(...path), message: whenMissing };
    return;
  }
  if (words.describedBy !== 'person' && !words.supportedBy) {
    yield {
      path: pointer(...path, speaker.field),
      message: `${name} was described ${words.describedBy === 'representative' ? 'by a representative' : 'with support'}, but not who that was: add supportedBy.`,
    };
  }
  if (item.practitionerDescription && sameButForCasePunctuationAndSpacing(item.practitionerDescription.text, words.text)) {
    yield {
      path: pointer(...path, speaker.field, 'text'),
      message: `${name} has the practitioner's wording in place of ${speaker.who}'s: record what ${speaker.who} said, in their words.`,
    };
  }
}
