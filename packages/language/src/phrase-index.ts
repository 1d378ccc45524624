import type { LanguageEntry } from './entry.js';
import { formsOfAbbreviation, formsOfPhrase } from './forms.js';
import { hashWord, tokenize, type Tokens } from './tokenize.js';

interface TrieNode {
  readonly children: Map<string, TrieNode>;
  entry?: LanguageEntry;
}

const node = (): TrieNode => ({ children: new Map() });

// Phrases of plain letters, spaces, hyphens and apostrophes split the same way the tokenizer reads them.
const PLAIN_PHRASE = /^[A-Za-z0-9' -]+$/;

/** The words of a phrase as the matcher compares them. */
export function phraseWords(phrase: string, caseSensitive = false): string[] {
  const straight = phrase.replace(/’/g, "'");
  // The common case without building tokens: it runs for every phrase when a linter is made, often at start-up.
  if (PLAIN_PHRASE.test(straight) && !/(^|[\s-])'|'($|[\s-])/.test(straight)) {
    return straight.split(/[\s-]+/).filter(Boolean).map((w) => (caseSensitive ? w : w.toLowerCase()));
  }
  return tokenize(phrase)
    .filter((t) => t.isWord)
    .map((t) => (caseSensitive ? t.text.replace(/’/g, "'") : t.norm));
}

/** A match of one entry's phrase over tokens `[first, last]`. */
export interface PhraseMatch {
  readonly entry: LanguageEntry;
  readonly first: number;
  readonly last: number;
}

/**
 * Every entry's phrases in two word tries (case-insensitive and exact), so that the text is read once: at each
 * word the tries are walked as far as the words go, and the longest phrase wins. A set of the first words'
 * hashes rules out almost every word before any string is made.
 */
export class PhraseIndex {
  private readonly folded = node();
  private readonly exact = node();
  private readonly foldedFirst = new Set<number>();
  private readonly exactFirst = new Set<number>();
  // Each phrase's longest uncommon word, without capitals ("package" in "care package"): a text with none cannot match.
  private readonly anchors = new Set<number>();
  // A 64-kilobit filter over the anchors: one array read rules out most words before any Set lookup.
  private readonly filter = new Uint8Array(8192);
  /** True when a word with this hash (without capitals) is some phrase's anchor; false positives are possible, false negatives not. */
  readonly mayAnchor = (folded: number): boolean => ((this.filter[(folded & 0xffff) >> 3]! >> (folded & 7)) & 1) === 1 && this.anchors.has(folded);

  constructor(entries: readonly LanguageEntry[]) {
    for (const entry of entries) {
      for (const phrase of entry.phrases) {
        const words = phraseWords(phrase, entry.caseSensitive);
        // Each phrase brings its own forms ("wanderer" from "wander", "mdt" and "MDTs" from "MDT") unless told not to.
        const forms = entry.exactForms ? [words] : entry.caseSensitive ? (words.length === 1 ? formsOfAbbreviation(words[0]!).map((w) => [w]) : [words]) : formsOfPhrase(words);
        // "non-compliant" is also written "noncompliant", and "self neglect" "self-neglect".
        const closes = /[\s-]/.test(phrase);
        for (const form of forms) {
          this.add(entry, form);
          if (closes && form.length === 2) this.add(entry, [form.join('')]);
        }
      }
    }
  }

  private add(entry: LanguageEntry, words: readonly string[]): void {
    const exact = entry.caseSensitive === true;
    (exact ? this.exactFirst : this.foldedFirst).add(hashWord(words[0]!, !exact));
    const anchor = hashWord(anchorOf(words), true);
    this.anchors.add(anchor);
    this.filter[(anchor & 0xffff) >> 3]! |= 1 << (anchor & 7);
    let at = exact ? this.exact : this.folded;
    for (const w of words) {
      let child = at.children.get(w);
      if (!child) at.children.set(w, (child = node()));
      at = child;
    }
    at.entry ??= entry;
  }

  /** The longest phrase starting at word `first`, or undefined. Only words take part; punctuation ends a phrase. */
  matchAt(tokens: Tokens, first: number): PhraseMatch | undefined {
    const folded = this.foldedFirst.has(tokens.folded[first]!) ? walk(this.folded, tokens, first, (i) => tokens.norm(i)!) : undefined;
    const exact = this.exactFirst.has(tokens.exact[first]!) ? walk(this.exact, tokens, first, (i) => tokens.raw(i).replace(/’/g, "'")) : undefined;
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
  const rank = (w: string) => RANK.get(w.toLowerCase());
  const uncommon = words.filter((w) => rank(w) === undefined);
  if (uncommon.length > 0) return uncommon.reduce((a, b) => (b.length > a.length ? b : a));
  return words.reduce((a, b) => (rank(b)! > rank(a)! ? b : a));
}

function walk(root: TrieNode, tokens: Tokens, first: number, key: (i: number) => string): PhraseMatch | undefined {
  let at: TrieNode | undefined = root;
  let best: PhraseMatch | undefined;
  for (let i = first; i < tokens.count && tokens.isWord(i); i++) {
    at = at.children.get(key(i));
    if (!at) break;
    if (at.entry) best = { entry: at.entry, first, last: i };
  }
  return best;
}
