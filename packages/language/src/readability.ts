import { countSyllables } from './syllables.js';
import { Tokens } from './tokenize.js';

/** How easy a text is to read, by the standard formulas. Figures are null when the text has no words. */
export interface Readability {
  readonly sentences: number;
  readonly words: number;
  readonly syllables: number;
  /** Flesch reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word. Higher is easier; 60–70 is plain English. */
  readonly fleschReadingEase: number | null;
  /** Flesch–Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59, a US school grade. */
  readonly fleschKincaidGrade: number | null;
  /** Estimated reading age in years: the Flesch–Kincaid grade + 5, and never below 5. Public-service writing aims at about 9 to 11. */
  readonly readingAge: number | null;
  readonly averageWordsPerSentence: number | null;
  readonly longestSentenceWords: number;
}

/** One sentence: its span and how many words it has. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly words: number;
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'eg', 'e.g', 'ie', 'i.e', 'etc', 'approx', 'vs', 'cllr', 'prof', 'rev']);
const ENDS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['.', '!', '?', '…', '"', "'", '”', '’', ')', ']']);
// Words longer than this are not words a reader meets; count them by length so hostile input stays linear.
const LONGEST_COUNTED_WORD = 40;

const round = (n: number) => Math.round(n * 10) / 10;

// Words repeat a great deal across records: count each once. Cleared when full, so memory stays bounded.
const syllableCache = new Map<string, number>();
const SYLLABLE_CACHE_SIZE = 20_000;

/** Syllables in one word, or one per three letters for very long strings. */
function syllablesIn(word: string): number {
  if (word.length > LONGEST_COUNTED_WORD) return Math.ceil(word.length / 3);
  let n = syllableCache.get(word);
  if (n === undefined) {
    if (syllableCache.size >= SYLLABLE_CACHE_SIZE) syllableCache.clear();
    syllableCache.set(word, (n = Math.max(1, countSyllables(word))));
  }
  return n;
}

// Only the gap between two tokens is scanned, so the whole text is read once.
function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 0x0a) return true;
  return false;
}

/**
 * Splits tokens into sentences: a sentence ends at . ! ? or … (not after a known abbreviation such as "Mrs"),
 * or at a line break, since notes are often written one point per line.
 */
export function sentences(text: string, tokens: Tokens): Sentence[] {
  const out: Sentence[] = [];
  let start = -1;
  let words = 0;
  let lastEnd = 0;
  const close = () => {
    if (start >= 0 && words > 0) out.push({ start, end: lastEnd, words });
    start = -1;
    words = 0;
  };
  for (let i = 0; i < tokens.count; i++) {
    const tokenStart = tokens.start[i]!;
    if (start >= 0 && lineBreakBetween(text, lastEnd, tokenStart)) close();
    if (start < 0) start = tokenStart;
    lastEnd = tokens.end[i]!;
    if (tokens.isWord(i)) {
      if (tokens.hasLetter(i)) words++;
      continue;
    }
    const mark = text[tokenStart]!;
    if (ENDS.has(mark)) {
      if (mark === '.' && tokens.isWord(i - 1) && tokens.end[i - 1] === tokenStart && ABBREVIATIONS.has(tokens.norm(i - 1)!)) continue;
      // Keep a run of marks (?!, ..., closing quotes and brackets) with the sentence they end.
      while (i + 1 < tokens.count && !tokens.isWord(i + 1) && tokens.start[i + 1] === lastEnd && CLOSERS.has(text[lastEnd]!)) lastEnd = tokens.end[++i]!;
      close();
    }
  }
  close();
  return out;
}

/** The readability figures for a text alone, without looking for labels: for scoring many texts quickly. */
export function readabilityOf(text: string): Readability {
  const tokens = new Tokens(text, false);
  return readability(tokens, sentences(text, tokens));
}

/** The readability figures for a text, from its tokens and sentences. */
export function readability(tokens: Tokens, split: readonly Sentence[]): Readability {
  let words = 0;
  let syllables = 0;
  for (let i = 0; i < tokens.count; i++) {
    if (!tokens.hasLetter(i)) continue;
    words++;
    syllables += syllablesIn(tokens.norm(i)!);
  }
  const count = split.length;
  const longestSentenceWords = split.reduce((max, s) => Math.max(max, s.words), 0);
  if (words === 0 || count === 0) {
    return { sentences: count, words, syllables, fleschReadingEase: null, fleschKincaidGrade: null, readingAge: null, averageWordsPerSentence: null, longestSentenceWords };
  }
  const perSentence = words / count;
  const perWord = syllables / words;
  const grade = 0.39 * perSentence + 11.8 * perWord - 15.59;
  return {
    sentences: count,
    words,
    syllables,
    fleschReadingEase: round(206.835 - 1.015 * perSentence - 84.6 * perWord),
    fleschKincaidGrade: round(grade),
    readingAge: round(Math.max(5, grade + 5)),
    averageWordsPerSentence: round(perSentence),
    longestSentenceWords,
  };
}
