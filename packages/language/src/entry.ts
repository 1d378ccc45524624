/** How serious a finding is; the same scale as every Good Day finding. */
export type Severity = 'error' | 'warning' | 'info';

/** What an entry is about: a label for a person, jargon a person would not know, or a word with a plainer form. */
export type EntryKind = 'label' | 'jargon' | 'plain-english';

/** Words next to a phrase, each a word or a few words ("he can be"); `{person}` stands for a pronoun, a relation such as "son", or a name, `{number}` for a number ("22", "three"), and `{start}` (before a phrase) for the start of a sentence. */
export interface EntryContext {
  /** Words straight after the phrase. */
  readonly next?: readonly string[];
  /** Words straight before the phrase. */
  readonly previous?: readonly string[];
}

/** One concept the linter knows: the phrases that say it, when they are a label, and what to say instead. */
export interface LanguageEntry {
  /** Stable id; findings are `language/<id>`. */
  readonly id: string;
  readonly kind: EntryKind;
  /** Every form to find: inflections, plurals, and spellings with hyphens, spaces or neither. */
  readonly phrases: readonly string[];
  /** Match the phrases' capitals exactly (abbreviations such as "OT"). */
  readonly caseSensitive?: boolean;
  /** Match only the phrases as written, without the forms made from them (-s, -ed, -ing, -er, both spellings). */
  readonly exactForms?: boolean;
  /** The phrase is a label only next to one of these words. */
  readonly labelWhen?: EntryContext;
  /** The phrase is never a label next to one of these words. */
  readonly notWhen?: EntryContext;
  /** For jargon: the words that explain it; "expansion (ABBR)" or "ABBR (expansion)" at first use makes it fine. */
  readonly expansions?: readonly string[];
  /** What to write instead, in words a person would use about themselves. */
  readonly suggestions: readonly string[];
  /** Why, in one line. */
  readonly note: string;
  /** The guidance it comes from. */
  readonly source: string;
  readonly severity: Severity;
}
