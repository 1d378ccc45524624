import type { LanguageEntry } from './entry.js';
import { tokenize, type Token } from './tokenize.js';

interface TrieNode {
  readonly children: Map<string, TrieNode>;
  entry?: LanguageEntry;
}

const node = (): TrieNode => ({ children: new Map() });

/** The words of a phrase as the matcher compares them. */
export function phraseWords(phrase: string, caseSensitive = false): string[] {
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
 * Every entry's phrases in two word tries (case-insensitive and exact), so that the text is read once:
 * at each word the tries are walked as far as the words go, and the longest phrase wins.
 */
export class PhraseIndex {
  private readonly folded = node();
  private readonly exact = node();

  constructor(entries: readonly LanguageEntry[]) {
    for (const entry of entries) {
      for (const phrase of entry.phrases) {
        const words = phraseWords(phrase, entry.caseSensitive);
        this.add(entry.caseSensitive ? this.exact : this.folded, words, entry);
        // "non-compliant" is also written "noncompliant".
        if (/-/.test(phrase) && words.length === 2) this.add(entry.caseSensitive ? this.exact : this.folded, [words.join('')], entry);
      }
    }
  }

  private add(root: TrieNode, words: readonly string[], entry: LanguageEntry): void {
    let at = root;
    for (const w of words) {
      let child = at.children.get(w);
      if (!child) at.children.set(w, (child = node()));
      at = child;
    }
    at.entry ??= entry;
  }

  /** The longest phrase starting at token `first`, or undefined. Only words take part; punctuation ends a phrase. */
  matchAt(tokens: readonly Token[], first: number): PhraseMatch | undefined {
    return longer(walk(this.folded, tokens, first, (t) => t.norm), walk(this.exact, tokens, first, (t) => t.text.replace(/’/g, "'")));
  }
}

function walk(root: TrieNode, tokens: readonly Token[], first: number, key: (t: Token) => string): PhraseMatch | undefined {
  let at: TrieNode | undefined = root;
  let best: PhraseMatch | undefined;
  for (let i = first; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.isWord) break;
    at = at.children.get(key(token));
    if (!at) break;
    if (at.entry) best = { entry: at.entry, first, last: i };
  }
  return best;
}

const longer = (a: PhraseMatch | undefined, b: PhraseMatch | undefined) => (!a ? b : !b ? a : b.last > a.last ? b : a);
