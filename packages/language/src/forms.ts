// Morphology from one lemma: the inflections, derivations and spellings of a phrase, so that an entry written
// with one form ("wander", "self-neglecter", "MDT") finds the others ("wandered", "self-neglecters", "mdt").
import type { LanguageEntry } from './entry.js';
import { tokenize } from './tokenize.js';

// Words a phrase is never inflected at: "confined to a wheelchair" is inflected at "confined" and "wheelchair".
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'and', 'or', 'as', 'is', 'be', 'his', 'her', 'their', 'my', 'not', 'no', 'up', 'off', 'out', 'like']);
const VOWEL = /[aeiou]/;

/** The likely stems of a word, with any -s, -ed, -ing, -er ending taken off (a wrong guess finds nothing). */
export function stemsOf(word: string): string[] {
  const stems = [word];
  const cut = (suffix: string, ...adds: string[]) => {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) return;
    const base = word.slice(0, -suffix.length);
    if (!VOWEL.test(base)) return;
    for (const add of adds) stems.push(base + add);
    // "sundowning" ← "sundown", "shopping" ← "shop": a doubled last consonant is one.
    if (/([b-df-hj-np-tv-z])\1$/.test(base) && !/(ss|ll|ff|zz)$/.test(base)) stems.push(base.slice(0, -1));
  };
  if (word.endsWith('ies')) stems.push(word.slice(0, -3) + 'y');
  else if (word.endsWith('ied')) stems.push(word.slice(0, -3) + 'y');
  else if (/(ss|sh|ch|x|z)es$/.test(word)) stems.push(word.slice(0, -2));
  else if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) cut('s', '');
  cut('ing', '', 'e');
  cut('ed', '', 'e');
  cut('ers', '', 'e');
  if (!word.endsWith('ers')) cut('er', '', 'e');
  return [...new Set(stems)];
}

// Endings of adjectives and abstract nouns, which make no agent noun: "a diabetic" has no "diabeticer".
const NO_AGENT = /(ic|al|ive|ent|ant|ous|ful|less|able|ible|ary|ory|ee|ism|ist|ity|ness|ment|tion|sion|ia)$/;

/** The -s, -ed, -ing and agent-noun forms of a stem (unless told not to), with the usual spelling changes. */
export function inflectionsOf(stem: string, agentNouns = true): string[] {
  const out = [stem];
  if (stem.length < 3) return out;
  const agent = agentNouns && !NO_AGENT.test(stem);
  if (stem.endsWith('y') && !/[aeiou]y$/.test(stem)) {
    const b = stem.slice(0, -1);
    out.push(`${b}ies`, `${b}ied`, `${stem}ing`);
    if (agent) out.push(`${b}ier`, `${b}iers`);
  } else if (stem.endsWith('e') && !stem.endsWith('ee')) {
    const b = stem.slice(0, -1);
    out.push(`${stem}s`, `${stem}d`, `${b}ing`);
    if (agent) out.push(`${stem}r`, `${stem}rs`);
  } else if (/(ss|sh|ch|x|z)$/.test(stem)) {
    out.push(`${stem}es`, `${stem}ed`, `${stem}ing`);
    if (agent) out.push(`${stem}er`, `${stem}ers`);
  } else {
    out.push(`${stem}s`, `${stem}ed`, `${stem}ing`);
    if (agent) out.push(`${stem}er`, `${stem}ers`);
    // "sundowner", "faller": one short vowel before one consonant doubles it too (never c: "panicking").
    if (/[^aeiou][aeiou][b-df-hj-np-tv-z]$/.test(stem) && !/[cwxy]$/.test(stem)) {
      const d = stem + stem.at(-1);
      out.push(`${d}ed`, `${d}ing`);
      if (agent) out.push(`${d}er`, `${d}ers`);
    }
  }
  return out;
}

/** Both spellings: -ise and -ize, -isation and -ization, -our and -or ("behaviour", "behavior"). */
export function spellingsOf(word: string): string[] {
  const out = [word];
  const swap = (from: RegExp, to: string) => {
    if (from.test(word)) out.push(word.replace(from, to));
  };
  swap(/is(e|es|ed|ing|ation|ations)$/, 'iz$1');
  swap(/iz(e|es|ed|ing|ation|ations)$/, 'is$1');
  if (word.length > 5) {
    swap(/our(s|al|ally|ed|ing)?$/, 'or$1');
    swap(/([^o])or(al|ally)$/, '$1our$2');
  }
  return out;
}

/** Every form of one word: its stems' inflections, in both spellings. */
export function formsOfWord(word: string, agentNouns = true): string[] {
  const out = new Set<string>();
  for (const stem of stemsOf(word)) for (const form of inflectionsOf(stem, agentNouns)) for (const s of spellingsOf(form)) out.add(s);
  return [...out];
}

/**
 * The forms of a phrase given as words: each form inflects one content word, the first or the last
 * ("suffers from" → "suffered from"; "service user" → "service users"). The phrase itself comes first.
 */
export function formsOfPhrase(words: readonly string[]): string[][] {
  const out: string[][] = [words.slice()];
  const seen = new Set([words.join(' ')]);
  const add = (w: string[]) => {
    const key = w.join(' ');
    if (!seen.has(key)) {
      seen.add(key);
      out.push(w);
    }
  };
  // One place per phrase keeps the index small: the first word when it is a verb form ("suffers from"), else the last.
  const at = new Set([words.length > 1 && /(s|ed|ing)$/.test(words[0]!) && !FUNCTION_WORDS.has(words[0]!) ? 0 : words.length - 1]);
  for (const i of at) {
    const word = words[i]!;
    if (FUNCTION_WORDS.has(word) || !/^[a-z]+$/.test(word)) continue;
    // An agent noun for a verb alone or after one word ("self-neglecter", "bed blocker"), not in longer phrases.
    const agentNouns = words.length === 1 || (words.length === 2 && !FUNCTION_WORDS.has(words[0]!));
    for (const form of formsOfWord(word, agentNouns)) add(words.map((w, k) => (k === i ? form : w)));
  }
  return out;
}

// Lower-case spellings that are everyday words, so an abbreviation written that way is not looked for.
const WORDS_IN_LOWER_CASE = new Set(['salt', 'pas', 'dols', 'tec', 'tecs', 'nok', 'ads', 'cop', 'ship', 'ships', 'sad', 'nice', 'mash']);

/** The forms of an abbreviation: plural, "'d" as a verb ("NFA'd", "DNA'd"), and in lower case when that is no word. */
export function formsOfAbbreviation(abbreviation: string): string[] {
  const out = new Set([abbreviation]);
  const bare = abbreviation.replace(/s$/, '');
  if (/[A-Z]$/.test(abbreviation)) out.add(`${abbreviation}s`).add(`${abbreviation}'s`).add(`${abbreviation}'d`).add(`${abbreviation}'ed`);
  for (const form of [...out]) {
    const lower = form.toLowerCase();
    if (bare.length >= 3 && /^[A-Z]/.test(abbreviation) && !WORDS_IN_LOWER_CASE.has(lower) && !WORDS_IN_LOWER_CASE.has(bare.toLowerCase())) out.add(lower);
  }
  return [...out];
}

// Phrases of plain letters, spaces, hyphens and apostrophes split the same way the tokenizer reads them.
const PLAIN_PHRASE = /^[A-Za-z0-9' -]+$/;

/** The words of a phrase as the matcher compares them. */
export function phraseWords(phrase: string, caseSensitive = false): string[] {
  const straight = phrase.replace(/’/g, "'");
  // The common case without building tokens: it runs for every phrase of a caller's entries when a linter is made.
  if (PLAIN_PHRASE.test(straight) && !/(^|[\s-])'|'($|[\s-])/.test(straight)) {
    return straight.split(/[\s-]+/).filter(Boolean).map((w) => (caseSensitive ? w : w.toLowerCase()));
  }
  return tokenize(phrase)
    .filter((t) => t.isWord)
    .map((t) => (caseSensitive ? t.text.replace(/’/g, "'") : t.norm));
}

/**
 * Every form an entry is found by, as words: each phrase's forms unless the entry asks for its phrases alone, and
 * a two-word form closed up too ("non-compliant" is also written "noncompliant"). The built-in entries' forms are
 * made once at build (src/generated/forms.ts); a caller's entries are made when their linter is.
 */
export function formsOfEntry(entry: LanguageEntry): string[][] {
  const out: string[][] = [];
  const seen = new Set<string>();
  const add = (words: string[]) => {
    const key = words.join(' ');
    if (seen.has(key)) return;
    seen.add(key);
    out.push(words);
  };
  for (const phrase of entry.phrases) {
    const words = phraseWords(phrase, entry.caseSensitive);
    if (words.length === 0) continue;
    const forms = entry.exactForms ? [words] : entry.caseSensitive ? (words.length === 1 ? formsOfAbbreviation(words[0]!).map((w) => [w]) : [words]) : formsOfPhrase(words);
    const closes = /[\s-]/.test(phrase);
    for (const form of forms) {
      add(form);
      if (closes && form.length === 2) add([form.join('')]);
    }
  }
  return out;
}
