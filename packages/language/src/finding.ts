import type { Severity } from './entry.js';

/** A language finding: the shared Good Day finding shape, plus where in the text it is and what to write instead. */
export interface LanguageFinding {
  /** `language/<entry-id>`, or `language/long-sentence`. */
  readonly ruleId: string;
  readonly severity: Severity;
  /** JSON Pointer to the field linted; '' for plain text. */
  readonly path: string;
  readonly message: string;
  readonly source: string;
  /** Offsets in the text, in UTF-16 code units: [start, end). */
  readonly start: number;
  readonly end: number;
  /** 1-based line and column of `start`. */
  readonly line: number;
  readonly column: number;
  readonly suggestions: readonly string[];
}
