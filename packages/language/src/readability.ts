import { LONGEST_COUNTED_WORD, rememberedSyllables, syllablesAt, wordLetters } from './syllables.js';
import { APOSTROPHE, CURLY_APOSTROPHE, hashWord, isHyphen, isLetter, isSpace, isWordChar, small, Tokens, unit } from './tokenize.js';

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
// The abbreviations by a few bits of their hash (as readText hashes a word), so that most full stops are ruled out without a string.
const ABBREVIATION_BITS = new Uint8Array(1024);
for (const word of ABBREVIATIONS) ABBREVIATION_BITS[hashWord(word, true) & 1023] = 1;
const ENDS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['.', '!', '?', '…', '"', "'", '”', '’', ')', ']']);
const round = (n: number) => Math.round(n * 10) / 10;

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
  // Whether the hyphenated word being read has been counted: "well-being" is one word, as Flesch counts it.
  let counted = false;
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
      if (!hyphenJoined(tokens, i)) counted = false;
      if (tokens.hasLetter(i) && !counted) {
        words++;
        counted = true;
      }
      continue;
    }
    const mark = text[tokenStart]!;
    if (ENDS.has(mark)) {
      if (mark === '.' && tokens.isWord(i - 1) && tokens.end[i - 1] === tokenStart && (ABBREVIATIONS.has(tokens.norm(i - 1)!) || isInitial(text, tokens.start[i - 1]!, tokens.end[i - 1]!))) continue;
      // Keep a run of marks (?!, ..., closing quotes and brackets) with the sentence they end.
      while (i + 1 < tokens.count && !tokens.isWord(i + 1) && tokens.start[i + 1] === lastEnd && CLOSERS.has(text[lastEnd]!)) lastEnd = tokens.end[++i]!;
      close();
    }
  }
  close();
  return out;
}

/**
 * The figures the formulas take. Counts add up: the counts of several texts, added, are the counts of them
 * read one after another, each its own paragraph. That is how an audit scores a record's many fields at once.
 */
export interface ReadingCounts {
  sentences: number;
  words: number;
  syllables: number;
  longestSentenceWords: number;
}

export const emptyReadingCounts = (): ReadingCounts => ({ sentences: 0, words: 0, syllables: 0, longestSentenceWords: 0 });

// What an ASCII character is to the reading: most of a text is ASCII, so one array read decides.
const OTHER = 0, SPACE = 1, NEWLINE = 2, LETTER = 3, DIGIT = 4, END = 5, JOINER = 6, FOREIGN = 7, FOREIGN_LETTER = 8;
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const s = String.fromCharCode(c);
  ASCII[c] = c === 0x0a ? NEWLINE : isSpace(c) ? SPACE : /[A-Za-z]/.test(s) ? LETTER : /[0-9]/.test(s) ? DIGIT : /[.!?]/.test(s) ? END : /['-]/.test(s) ? JOINER : OTHER;
}
function classOf(code: number, text: string, i: number): number {
  if (code < 0x80) return ASCII[code]!;
  if (code === 0x2026) return END;
  if (code === CURLY_APOSTROPHE || isHyphen(code)) return JOINER;
  if (isSpace(code)) return SPACE;
  // Letters of other scripts are read by the general path for syllables; digits and marks are word characters.
  return isWordChar(code, text, i) ? (isLetter(code, text, i) ? FOREIGN_LETTER : FOREIGN) : OTHER;
}
const FNV = 0x811c9dc5 | 0;
const isWordClass = (k: number) => k === LETTER || k === DIGIT || k >= FOREIGN;

/**
 * Adds a text's sentences, words and syllables to `into` (changing it) and returns it. One pass over the
 * characters, keeping no tokens and making no strings: the same reading as the linter's tokens and
 * sentences (a test holds them together), for scoring many texts quickly. A sentence never runs on
 * from one text into the next.
 */
export function addReadingCounts(text: string, into: ReadingCounts): ReadingCounts {
  readText(text, into);
  return into;
}

/**
 * {@link addReadingCounts}, and in the same pass a look at every word: true when `watch` accepts the hash of
 * some word without capitals (hashed as `anyWord` in tokenize.ts hashes it). So a linter's quick look for
 * words worth a closer look costs nothing more when the text is scored too.
 */
export function readText(text: string, into: ReadingCounts, watch?: (folded: number) => boolean): boolean {
  const length = text.length;
  let seen = watch === undefined;
  // Counted in locals, as they change at every word, and written back at the end.
  let { words, syllables } = into;
  let sentenceWords = 0;
  // A sentence ends at its closing mark or at a line break, and is counted when the next word comes or the text ends.
  let ended = false;
  // The last word part read (a hyphen splits a word into parts, as the tokens read them), for abbreviations.
  let wordStart = -1;
  let wordEnd = -1;
  let wordHash = 0;
  // After a hyphen inside a word, and whether that word has been counted: a hyphenated word is one word.
  let afterHyphen = false;
  let wordCounted = false;
  let i = 0;
  while (i < length) {
    let c = text.charCodeAt(i);
    let k = c < 0x80 ? ASCII[c]! : classOf(c, text, i);
    if (k === LETTER || k === DIGIT || k >= FOREIGN) {
      if (ended) {
        sentenceWords = closeSentence(into, sentenceWords);
        ended = false;
      }
      if (!afterHyphen) wordCounted = false;
      afterHyphen = false;
      const partStart = i;
      let hash = FNV;
      let letters = 0;
      let letter = false;
      let foreign = false;
      // A hyphen between word characters only splits the word: the next part starts after it.
      let hyphenated = false;
      for (;;) {
        // A run of ASCII letters is most of any text: read in its own small loop, before any table.
        const run = i;
        while (((c | 0x20) - 0x61) >>> 0 < 26) {
          const lower = c | 0x20;
          hash = Math.imul(hash ^ lower, 0x01000193);
          if (letters < LONGEST_COUNTED_WORD) wordLetters[letters++] = lower;
          c = ++i < length ? text.charCodeAt(i) : 0x20;
        }
        if (i > run) letter = true;
        // A space is how most words end.
        if (c === 0x20) {
          k = SPACE;
          break;
        }
        k = c < 0x80 ? ASCII[c]! : classOf(c, text, i);
        if (k === DIGIT) hash = Math.imul(hash ^ c, 0x01000193);
        else if (k >= FOREIGN) {
          hash = Math.imul(hash ^ unit(c, true), 0x01000193);
          if (k === FOREIGN_LETTER) letter = true;
          foreign = true;
        } else if (k === JOINER && i + 1 < length && isWordClass(classOf(text.charCodeAt(i + 1), text, i + 1))) {
          if (isHyphen(c)) {
            hyphenated = true;
            break;
          }
          // An apostrophe between word characters stays in the word ("she's").
          hash = Math.imul(hash ^ APOSTROPHE, 0x01000193);
        } else break;
        c = ++i < length ? text.charCodeAt(i) : 0x20;
      }
      if (letter) {
        if (!wordCounted) {
          words++;
          sentenceWords++;
          wordCounted = true;
        }
        syllables += foreign ? syllablesAt(text, partStart, i) : letters <= 3 && i - partStart <= 3 ? 1 : rememberedSyllables(letters, i - partStart, hash);
      }
      if (!seen && watch!(small(hash))) seen = true;
      wordStart = partStart;
      wordEnd = i;
      wordHash = hash;
      if (i >= length) break;
      if (hyphenated) {
        i++;
        afterHyphen = true;
        continue;
      }
    }
    i++;
    if (k === SPACE) continue;
    if (k === NEWLINE) {
      ended = true;
      continue;
    }
    if (ended) {
      sentenceWords = closeSentence(into, sentenceWords);
      ended = false;
    }
    if (k === END && !(c === 0x2e && wordEnd === i - 1 && (isInitial(text, wordStart, wordEnd) || (ABBREVIATION_BITS[small(wordHash) & 1023] === 1 && isAbbreviation(text, wordStart, wordEnd))))) ended = true;
  }
  closeSentence(into, sentenceWords);
  into.words = words;
  into.syllables = syllables;
  return seen && watch !== undefined;
}

function closeSentence(into: ReadingCounts, words: number): number {
  if (words > 0) {
    into.sentences++;
    if (words > into.longestSentenceWords) into.longestSentenceWords = words;
  }
  return 0;
}

// A word part straight after a hyphen that joins it to the word before ("well-being").
function hyphenJoined(tokens: Tokens, i: number): boolean {
  return i > 0 && tokens.isWord(i - 1) && tokens.start[i] === tokens.end[i - 1]! + 1 && isHyphen(tokens.text.charCodeAt(tokens.end[i - 1]!));
}

// One letter before a full stop: an initial or part of "a.m.", "e.g.", "i.e.", which do not end a sentence.
function isInitial(text: string, start: number, end: number): boolean {
  return end - start === 1 && ((text.charCodeAt(start) | 0x20) - 0x61) >>> 0 < 26;
}

function isAbbreviation(text: string, start: number, end: number): boolean {
  return end - start <= 6 && ABBREVIATIONS.has(text.slice(start, end).toLowerCase());
}

/** The readability figures for a text alone, without looking for labels: for scoring many texts quickly. */
export function readabilityOf(text: string): Readability {
  return readabilityFrom(addReadingCounts(text, emptyReadingCounts()));
}

/** The readability figures for a text, from its tokens and sentences. */
export function readability(tokens: Tokens, split: readonly Sentence[]): Readability {
  let words = 0;
  let syllables = 0;
  let counted = false;
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.isWord(i) && !hyphenJoined(tokens, i)) counted = false;
    if (!tokens.hasLetter(i)) continue;
    if (!counted) words++;
    counted = true;
    syllables += syllablesAt(tokens.text, tokens.start[i]!, tokens.end[i]!);
  }
  return readabilityFrom({ sentences: split.length, words, syllables, longestSentenceWords: split.reduce((max, s) => Math.max(max, s.words), 0) });
}

/** The readability figures from counts: one text's, or several added together. */
export function readabilityFrom(counts: ReadingCounts): Readability {
  const { sentences: count, words, syllables, longestSentenceWords } = counts;
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
