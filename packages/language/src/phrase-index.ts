import type { LanguageEntry } from './entry.js';
import { formsOfEntry } from './forms.js';
import { hashWord, type Tokens } from './tokenize.js';

/** A match of one entry's phrase over tokens `[first, last]`. */
export interface PhraseMatch {
  readonly entry: LanguageEntry;
  readonly first: number;
  readonly last: number;
}

/** Forms of one case (without capitals, or exact), sorted, each with the entry it belongs to. */
export interface FormTable {
  /** Every form's words joined with spaces, in code-unit order; a form two entries share is there twice. */
  readonly keys: readonly string[];
  /** For each key, the index of its entry in the list the table was made from; the earlier entry first. */
  readonly owners: readonly number[];
}

/** What the index reads: made at build for the built-in entries (src/generated/phrase-table.ts), and when a linter is made for a caller's. */
export interface PhraseTable {
  readonly folded: FormTable;
  readonly exact: FormTable;
  /**
   * The words' hashes a text is first sifted by, as filters (see `encodeFilter`): the first words of the forms
   * without capitals and exact, and each form's anchor word. Made with the table, so that hashing thousands of
   * forms is not done at start-up, when the engine has compiled nothing yet.
   */
  readonly filters: { readonly foldedFirst: string; readonly exactFirst: string; readonly anchors: string };
}

/** The table of some entries' forms. */
export function phraseTable(entries: readonly LanguageEntry[]): PhraseTable {
  const rows = { folded: [] as [string, number][], exact: [] as [string, number][] };
  const hashes = { foldedFirst: new Set<number>(), exactFirst: new Set<number>(), anchors: new Set<number>() };
  entries.forEach((entry, owner) => {
    const exact = entry.caseSensitive === true;
    for (const words of formsOfEntry(entry)) {
      (exact ? rows.exact : rows.folded).push([words.join(' '), owner]);
      (exact ? hashes.exactFirst : hashes.foldedFirst).add(hashWord(words[0]!, !exact));
      hashes.anchors.add(hashWord(anchorOf(words), true));
    }
  });
  const table = (pairs: [string, number][]): FormTable => {
    pairs.sort(([a, i], [b, j]) => (a < b ? -1 : a > b ? 1 : i - j));
    return { keys: pairs.map(([key]) => key), owners: pairs.map(([, owner]) => owner) };
  };
  return {
    folded: table(rows.folded),
    exact: table(rows.exact),
    filters: { foldedFirst: encodeFilter(hashes.foldedFirst), exactFirst: encodeFilter(hashes.exactFirst), anchors: encodeFilter(hashes.anchors) },
  };
}

// Sorted keys share their start with the key before ("wander", "wandered"): written once, the table is half the size.
const SHARED_ZERO = 0x30;
const MOST_SHARED = 60;

/** Sorted keys as text: each line a character for how much it shares with the line before, then the rest. */
export function encodeKeys(keys: readonly string[]): string {
  let previous = '';
  return keys
    .map((key) => {
      let shared = 0;
      while (shared < MOST_SHARED && shared < key.length && key.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
      previous = key;
      return String.fromCharCode(SHARED_ZERO + shared) + key.slice(shared);
    })
    .join('\n');
}

/** The keys `encodeKeys` wrote. */
export function decodeKeys(text: string): string[] {
  const keys: string[] = [];
  if (text === '') return keys;
  let previous = '';
  for (const line of text.split('\n')) keys.push((previous = previous.slice(0, line.charCodeAt(0) - SHARED_ZERO) + line.slice(1)));
  return keys;
}

// A filter keeps each hash's low 20 bits: a megabit each, so about 4,500 words let through 1 word in 200 of others.
const FILTER_BITS = 20;
const FILTER_MASK = (1 << FILTER_BITS) - 1;
// One character a digit of 5 bits, least significant first, from "0" on; digits of 32 and up say more follow.
const DIGIT_ZERO = 0x30;

/** Hashes as a filter's text: their low bits, sorted, each as its difference from the one before. */
export function encodeFilter(hashes: Iterable<number>): string {
  const values = [...new Set([...hashes].map((h) => h & FILTER_MASK))].sort((a, b) => a - b);
  let out = '';
  let previous = 0;
  for (const value of values) {
    let step = value - previous;
    previous = value;
    for (; step >= 32; step >>>= 5) out += String.fromCharCode(DIGIT_ZERO + 32 + (step & 31));
    out += String.fromCharCode(DIGIT_ZERO + step);
  }
  return out;
}

/** A set of hashes that may say yes wrongly (about 1 in 200) but never no wrongly: the index then looks properly. */
export class HashFilter {
  private readonly bits = new Uint32Array(1 << (FILTER_BITS - 5));
  constructor(encoded: string) {
    let value = 0;
    let shift = 0;
    let at = 0;
    for (let i = 0; i < encoded.length; i++) {
      const digit = encoded.charCodeAt(i) - DIGIT_ZERO;
      if (digit >= 32) {
        value |= (digit - 32) << shift;
        shift += 5;
        continue;
      }
      at += value | (digit << shift);
      this.bits[at >>> 5]! |= 1 << (at & 31);
      value = shift = 0;
    }
  }
  has(h: number): boolean {
    const b = h & FILTER_MASK;
    return ((this.bits[b >>> 5]! >>> (b & 31)) & 1) === 1;
  }
}

/** The filters a table is sifted by, made from its text once for each table. */
interface TableFilters {
  readonly foldedFirst: HashFilter;
  readonly exactFirst: HashFilter;
  readonly anchors: HashFilter;
}

const filtersOfTable = new WeakMap<PhraseTable, TableFilters>();

function filtersOf(table: PhraseTable): TableFilters {
  let filters = filtersOfTable.get(table);
  if (!filters) {
    const { foldedFirst, exactFirst, anchors } = table.filters;
    filtersOfTable.set(table, (filters = { foldedFirst: new HashFilter(foldedFirst), exactFirst: new HashFilter(exactFirst), anchors: new HashFilter(anchors) }));
  }
  return filters;
}

/** One table and the entries its owners index, less any left out (switched off, or replaced by a caller's entry). */
export interface PhraseSource {
  readonly table: PhraseTable;
  readonly entries: readonly LanguageEntry[];
  readonly leftOut?: ReadonlySet<LanguageEntry>;
}

/**
 * The phrases of one or more tables, read in one pass over the text: at each word the words after it are joined
 * on for as long as some longer form starts so, and the longest form wins (at the same length, the earlier
 * source). Sorted tables rather than maps, so that a table made at build is ready as soon as it is loaded.
 */
export class PhraseIndex {
  private readonly sources: readonly Source[];
  /** True when a word with this hash (without capitals) is some phrase's anchor; false positives are possible, false negatives not. */
  readonly mayAnchor: (folded: number) => boolean;

  constructor(sources: readonly PhraseSource[]) {
    const all = (this.sources = sources.map((s) => ({ ...s, ...filtersOf(s.table) })));
    const only = all.length === 1 ? all[0]!.anchors : undefined;
    this.mayAnchor = only ? (folded) => only.has(folded) : (folded) => all.some((s) => s.anchors.has(folded));
  }

  /** The longest phrase starting at word `first`, or undefined. Only words take part; punctuation ends a phrase. */
  matchAt(tokens: Tokens, first: number): PhraseMatch | undefined {
    let best: PhraseMatch | undefined;
    for (const s of this.sources) {
      if (s.foldedFirst.has(tokens.folded[first]!)) best = longer(best, walk(s, s.table.folded, tokens, first, (i) => tokens.norm(i)!));
      if (s.exactFirst.has(tokens.exact[first]!)) best = longer(best, walk(s, s.table.exact, tokens, first, (i) => tokens.raw(i).replace(/’/g, "'")));
    }
    return best;
  }
}

interface Source extends PhraseSource, TableFilters {}

const longer = (a: PhraseMatch | undefined, b: PhraseMatch | undefined) => (!a ? b : !b ? a : b.last > a.last ? b : a);

function lowerBound(values: readonly string[], value: string): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Keys with words after "k" ("k x") sort straight after "k" itself: a space comes before every character a word has.
function walk(source: Source, table: FormTable, tokens: Tokens, first: number, word: (i: number) => string): PhraseMatch | undefined {
  const { keys, owners } = table;
  let key = word(first);
  let best: PhraseMatch | undefined;
  for (let i = first; ; ) {
    let at = lowerBound(keys, key);
    let found = false;
    for (; at < keys.length && keys[at] === key; at++) {
      const entry = source.entries[owners[at]!]!;
      if (!found && !source.leftOut?.has(entry)) {
        best = { entry, first, last: i };
        found = true;
      }
    }
    if (at >= keys.length || !keys[at]!.startsWith(`${key} `) || ++i >= tokens.count || !tokens.isWord(i)) return best;
    key += ` ${word(i)}`;
  }
}

// Words too common in records to be worth a closer look on their own, most common first: diagnoses such as
// "dementia" are named in many clean notes, so "dementia victim" is looked for by "victim".
const COMMON = ['the', 'a', 'an', 'in', 'of', 'to', 'for', 'with', 'and', 'is', 'has', 'not', 'no', 'her', 'his', 'him', 'them', 'person', 'people', 'care', 'support', 'help', 'service', 'services', 'community', 'dementia', 'learning', 'stroke', 'toilet', 'hard', 'little', 'limited', 'poor', 'access', 'is', 'are', 'was', 'were', 'go', 'goes', 'going', 'went', 'gone', 'bit', 'all', 'there', 'away'];
const RANK = new Map(COMMON.map((w, i) => [w, i]));

/**
 * The word a phrase is found by: its longest uncommon word ("package" in "care package"), or, when every word
 * is common, the least common of them ("access" in "community access").
 */
export function anchorOf(words: readonly string[]): string {
  if (words.length === 1) return words[0]!;
  const rank = (w: string) => RANK.get(w.toLowerCase());
  const uncommon = words.filter((w) => rank(w) === undefined);
  if (uncommon.length > 0) return uncommon.reduce((a, b) => (b.length > a.length ? b : a));
  return words.reduce((a, b) => (rank(b)! > rank(a)! ? b : a));
}
