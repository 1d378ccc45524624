import { CURLY_APOSTROPHE } from './tokenize.js';

// Words whose spelling misleads the rules below, with their syllable counts.
export const EXCEPTIONS: Readonly<Record<string, number>> = {
  people: 2, every: 2, everyone: 3, everything: 3, business: 2, different: 3, family: 3, evening: 2, several: 3,
  interest: 3, favourite: 3, medicine: 3, area: 3, idea: 3, create: 2, created: 3, being: 2, doing: 2, going: 2,
  seeing: 2, lion: 2, quiet: 2, diet: 2, science: 2, client: 2, poem: 2, cafe: 2, recipe: 3, maybe: 2, anyone: 3,
  someone: 2, somewhere: 2, sometimes: 2, something: 2, whereas: 2, toilet: 2, aged: 1, vehicle: 3, hour: 1, fire: 1, tired: 1,
  element: 3, elements: 3, behaviour: 3, behaviours: 3, behavioural: 4, centre: 2, centres: 2, any: 2, many: 2, prior: 2,
};

const A = 0x61;
const FNV = 0x811c9dc5 | 0;
const ch = (s: string) => s.charCodeAt(0);
const C = ch('c'), D = ch('d'), E = ch('e'), G = ch('g'), H = ch('h'), I = ch('i'), L = ch('l'), N = ch('n'), Q = ch('q'), S = ch('s'), T = ch('t'), U = ch('u'), X = ch('x'), Y = ch('y'), Z = ch('z');
const table = (chars: string) => {
  const t = new Uint8Array(128);
  for (const c of chars) t[ch(c)] = 1;
  return t;
};
const VOWEL = table('aeiouy');
// Before "ia", a vowel or c, g, s or t makes one sound with it ("social", "Belgian", "Asia", "initial").
const JOINS_IA = table('aeioucgst');
const SILENT_E_SUFFIXES = ['ly', 'ment', 'ments', 'ful', 'ness'];
const consonant = (code: number) => code !== 0 && VOWEL[code] !== 1;

const hashOf = (word: string) => {
  let h = FNV;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193);
  return h | 0;
};
// Exceptions by a hash of their letters, in a small open-addressed table, so that a word is looked up without
// making a string of it and, for most words, with one array read.
const EXCEPTION_SLOTS = 256;
const exceptionHashes = new Int32Array(EXCEPTION_SLOTS);
const exceptionWords: { readonly word: string; readonly count: number }[] = [];
for (const [word, count] of Object.entries(EXCEPTIONS)) {
  let slot = hashOf(word) & (EXCEPTION_SLOTS - 1);
  while (exceptionWords[slot]) slot = (slot + 1) & (EXCEPTION_SLOTS - 1);
  exceptionHashes[slot] = hashOf(word);
  exceptionWords[slot] = { word, count };
}

function exception(hash: number, n: number): number | undefined {
  for (let slot = hash & (EXCEPTION_SLOTS - 1); exceptionWords[slot]; slot = (slot + 1) & (EXCEPTION_SLOTS - 1)) {
    const { word, count } = exceptionWords[slot]!;
    if (exceptionHashes[slot] === hash && word.length === n && endsWith(word, n)) return count;
  }
  return undefined;
}

/** Words longer than this are not words a reader meets: they are counted by length, so hostile input stays linear. */
export const LONGEST_COUNTED_WORD = 40;

/**
 * The letters, a to z in lower case, of the word being counted: filled by whoever reads the word (a scan over a
 * text fills it as it goes, so the word is read once), then counted by {@link syllablesOfLetters}.
 */
export const wordLetters = new Uint8Array(LONGEST_COUNTED_WORD);

/**
 * Syllables in the word at `text[start, end)`, at least one, by the usual rules: count vowel groups, then allow
 * for a silent final e, "-le" after a consonant, and "-ed"/"-es" endings that add no syllable. Only the letters
 * a to z count, capitals folded; anything else in the word is passed over. Read from the character codes,
 * making no string for an English word: an audit runs this for every word it scores. Readability formulas are
 * estimates too; a test keeps this within a few per cent of a dictionary-backed count. Why not a library: the
 * well-known one costs several milliseconds to load, on every cold start of `validate`.
 */
export function syllablesAt(text: string, start: number, end: number): number {
  let word = text;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    // Other scripts' capitals may lower-case to a to z ("K", the kelvin sign): fold the word as a string first.
    if (c >= 0x80 && c !== CURLY_APOSTROPHE) {
      word = text.slice(start, end).toLowerCase();
      start = 0;
      end = word.length;
      break;
    }
  }
  let n = 0;
  for (let k = start; k < end && n < LONGEST_COUNTED_WORD; k++) {
    const c = word.charCodeAt(k) | 0x20; // A to Z fold to a to z; nothing else lands there
    if (c >= A && c <= 0x7a) wordLetters[n++] = c;
  }
  return syllablesOfLetters(n, end - start);
}

// Words met before, with their syllables: a few hundred words make up most of any record's text, so most words
// are counted once and then looked up. Direct-mapped by hash and checked letter by letter, so a clash only costs a recount.
const REMEMBERED = 4096;
const REMEMBERED_LETTERS = 16;
const rememberedHash = new Int32Array(REMEMBERED);
const rememberedLength = new Uint8Array(REMEMBERED);
const rememberedCount = new Uint8Array(REMEMBERED); // 0: nothing remembered here yet
const rememberedLetters = new Uint8Array(REMEMBERED * REMEMBERED_LETTERS);

/**
 * {@link syllablesOfLetters}, remembered: `hash` is any hash of the word (a scan has one already), used only
 * to choose where the word is kept; the letters themselves decide whether it is the same word.
 */
export function rememberedSyllables(n: number, length: number, hash: number): number {
  if (length > LONGEST_COUNTED_WORD || n > REMEMBERED_LETTERS) return syllablesOfLetters(n, length);
  const slot = (hash ^ (hash >>> 12)) & (REMEMBERED - 1);
  const at = slot * REMEMBERED_LETTERS;
  if (rememberedHash[slot] === hash && rememberedLength[slot] === n && rememberedCount[slot] !== 0) {
    let k = 0;
    while (k < n && rememberedLetters[at + k] === wordLetters[k]) k++;
    if (k === n) return rememberedCount[slot]!;
  }
  const count = syllablesOfLetters(n, length);
  rememberedHash[slot] = hash;
  rememberedLength[slot] = n;
  rememberedCount[slot] = count;
  rememberedLetters.set(wordLetters.subarray(0, n), at);
  return count;
}

/** The syllables, at least one, of the `n` letters in {@link wordLetters}, for a word `length` characters long as written. */
export function syllablesOfLetters(n: number, length: number): number {
  if (length > LONGEST_COUNTED_WORD) return Math.ceil(length / 3);
  if (n <= 3) return 1;
  const letters = wordLetters;
  let count = 0;
  let inVowels = false;
  let hash = FNV;
  let pairFrom = 0;
  for (let k = 0; k < n; k++) {
    const c = letters[k]!;
    hash = Math.imul(hash ^ c, 0x01000193);
    const vowel = VOWEL[c] === 1;
    if (vowel && !inVowels) count++;
    inVowels = vowel;
    // Vowel pairs said as two syllables: "compliant", "denial", "actual", "situation" (not "social" or "quality"); matches do not overlap.
    if (c === A && k >= pairFrom + 2) {
      const mid = letters[k - 1]!;
      const before = letters[k - 2]!;
      if ((mid === I && JOINS_IA[before] !== 1) || (mid === U && before !== Q)) {
        count++;
        pairFrom = k + 1;
      }
    }
  }
  const known = exception(hash, n);
  if (known !== undefined) return known;
  const last = letters[n - 1]!;
  const second = letters[n - 2]!;
  const third = letters[n - 3]!;
  const fourth = letters[n - 4]!;
  // A final e is usually silent ("care"), but not in "-le" after a consonant ("able") or in "-ee" ("agree").
  if (last === E && second !== E && !(second === L && consonant(third))) count--;
  // "-ed" and "-es" add a syllable only after t/d ("needed") and s/z/x/ch/sh/ge/ce ("buses", "changes").
  if (second === E && last === D && consonant(third) && third !== T && third !== D) count--;
  else if (second === E && last === S && consonant(third)) {
    const sounded = third === S || third === Z || third === X || third === G || third === C || (third === H && (fourth === C || fourth === S));
    if (!sounded) count--;
  }
  // "-ying", "-eing", "-oing" read as two vowel sounds, not one group.
  if (third === I && second === N && last === G && VOWEL[fourth] === 1) count++;
  // A silent e before a suffix ("safely", "placement", "careful").
  if (last === Y || last === T || last === S || last === L) for (const suffix of SILENT_E_SUFFIXES) {
    const at = n - suffix.length;
    if (at >= 2 && letters[at - 1] === E && consonant(letters[at - 2]!) && endsWith(suffix, n)) {
      count--;
      break;
    }
  }
  return Math.max(1, count);
}

function endsWith(suffix: string, n: number): boolean {
  const from = n - suffix.length;
  if (from < 0) return false;
  for (let k = 0; k < suffix.length; k++) if (wordLetters[from + k] !== suffix.charCodeAt(k)) return false;
  return true;
}
