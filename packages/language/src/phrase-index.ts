import type { LanguageEntry } from './entry.js';
import { formsOfEntry } from './forms.js';
import { hashWord, type Tokens } from './tokenize.js';

/** A match of one entry's phrase over tokens `[first, last]`. */
export interface PhraseMatch {
  readonly entry: LanguageEntry;
  readonly first: number;
  readonly last: number;
}

/** An entry's forms, one a line with their words split by spaces, when they were made in advance. */
export type KnownForms = (entry: LanguageEntry) => string | undefined;

/**
 * Every entry's forms, keyed by their words joined with spaces, in two maps (case-insensitive and exact), so that
 * the text is read once: at each word the words after it are joined on for as long as some longer form starts
 * so, and the longest form wins. A set of the first words' hashes rules out almost every word before any string
 * is made. Flat maps rather than a trie of maps: the index is made at start-up, and one map of strings is
 * quick to fill.
 */
export class PhraseIndex {
  private readonly folded = new Map<string, LanguageEntry>();
  private readonly exact = new Map<string, LanguageEntry>();
  // Every form's first words short of the whole form ("suffers" of "suffers from"): the walk goes on only through these.
  private readonly foldedLonger = new Set<string>();
  private readonly exactLonger = new Set<string>();
  private readonly foldedFirst = new Set<number>();
  private readonly exactFirst = new Set<number>();
  // Each phrase's longest uncommon word, without capitals ("package" in "care package"): a text with none cannot match.
  private readonly anchors = new Set<number>();
  // A 64-kilobit filter over the anchors: one array read rules out most words before any Set lookup.
  private readonly filter = new Uint8Array(8192);
  /** True when a word with this hash (without capitals) is some phrase's anchor; false positives are possible, false negatives not. */
  readonly mayAnchor = (folded: number): boolean => ((this.filter[(folded & 0xffff) >> 3]! >> (folded & 7)) & 1) === 1 && this.anchors.has(folded);

  constructor(entries: readonly LanguageEntry[], known?: KnownForms) {
    for (const entry of entries) {
      const lines = known?.(entry);
      if (lines === undefined) for (const form of formsOfEntry(entry)) this.add(entry, form);
      else for (const line of lines.split('\n')) this.add(entry, line.split(' '));
    }
  }

  private add(entry: LanguageEntry, words: readonly string[]): void {
    const exact = entry.caseSensitive === true;
    (exact ? this.exactFirst : this.foldedFirst).add(hashWord(words[0]!, !exact));
    const anchor = hashWord(anchorOf(words), true);
    this.anchors.add(anchor);
    this.filter[(anchor & 0xffff) >> 3]! |= 1 << (anchor & 7);
    const phrases = exact ? this.exact : this.folded;
    const longer = exact ? this.exactLonger : this.foldedLonger;
    let key = words[0]!;
    for (let i = 1; i < words.length; i++) {
      longer.add(key);
      key += ` ${words[i]}`;
    }
    // The first entry to claim a form keeps it: callers' entries come before the built-in ones.
    if (!phrases.has(key)) phrases.set(key, entry);
  }

  /** The longest phrase starting at word `first`, or undefined. Only words take part; punctuation ends a phrase. */
  matchAt(tokens: Tokens, first: number): PhraseMatch | undefined {
    const folded = this.foldedFirst.has(tokens.folded[first]!) ? walk(this.folded, this.foldedLonger, tokens, first, (i) => tokens.norm(i)!) : undefined;
    const exact = this.exactFirst.has(tokens.exact[first]!) ? walk(this.exact, this.exactLonger, tokens, first, (i) => tokens.raw(i).replace(/’/g, "'")) : undefined;
    return !folded ? exact : !exact ? folded : exact.last > folded.last ? exact : folded;
  }
}

// Words too common in records to be worth a closer look on their own, most common first: diagnoses such as
// "dementia" are named in many clean notes, so "dementia victim" is looked for by "victim".
const COMMON = ['the', 'a', 'an', 'in', 'of', 'to', 'for', 'with', 'and', 'is', 'has', 'not', 'no', 'her', 'his', 'him', 'them', 'person', 'people', 'care', 'support', 'help', 'service', 'services', 'community', 'dementia', 'learning', 'stroke', 'toilet', 'hard', 'little', 'limited', 'poor', 'access'];
const RANK = new Map(COMMON.map((w, i) => [w, i]));

/**
 * The word a phrase is found by: its longest uncommon word ("package" in "care package"), or, when every word
 * is common, the least common of them ("access" in "community access").
 */
function anchorOf(words: readonly string[]): string {
  if (words.length === 1) return words[0]!;
  const rank = (w: string) => RANK.get(w.toLowerCase());
  const uncommon = words.filter((w) => rank(w) === undefined);
  if (uncommon.length > 0) return uncommon.reduce((a, b) => (b.length > a.length ? b : a));
  return words.reduce((a, b) => (rank(b)! > rank(a)! ? b : a));
}

function walk(phrases: ReadonlyMap<string, LanguageEntry>, longer: ReadonlySet<string>, tokens: Tokens, first: number, word: (i: number) => string): PhraseMatch | undefined {
  let key = word(first);
  let best: PhraseMatch | undefined;
  for (let i = first; ; ) {
    const entry = phrases.get(key);
    if (entry) best = { entry, first, last: i };
    if (!longer.has(key) || ++i >= tokens.count || !tokens.isWord(i)) return best;
    key += ` ${word(i)}`;
  }
}
