import { addReadingCounts, createLinter, type LanguageEntry, type Linter, type ReadingCounts } from '@goodday/language';
import type { Finding } from '../finding.js';
import { forEachText, pointerOf, type FieldPattern } from './text-fields.js';

/** Which language entries to use when validating: switch some off, or add your own. */
export interface LanguageOptions {
  readonly disable?: readonly string[];
  readonly entries?: readonly LanguageEntry[];
}

let defaultLinter: Linter | undefined;

/**
 * Language findings for the practitioner-written text fields of a structurally valid record (see practitionerTextFields). Given reading
 * counts, the same pass over each field adds its sentences, words and syllables to them.
 */
export function lintRecord(record: unknown, fields: readonly FieldPattern[], options?: LanguageOptions, counts?: ReadingCounts): Finding[] {
  // A score per field would be noise (fields are short): the caller scores all the record's text as one, if asked.
  const linter = options?.disable || options?.entries ? createLinter({ ...options, readability: false }) : (defaultLinter ??= createLinter({ readability: false }));
  const findings: Finding[] = [];
  forEachText(record, fields, (text, place) => {
    // One quick scan rules out most fields; only those with a word worth a closer look are linted.
    if (!linter.mayFind(text, counts)) return;
    for (const f of linter(text, pointerOf(place)).findings) findings.push({ ruleId: f.ruleId, severity: f.severity, path: f.path, message: f.message, source: f.source });
  });
  return findings;
}

/** Adds the reading counts of every practitioner-written text field of a record, without linting. */
export function countRecordReading(record: unknown, fields: readonly FieldPattern[], counts: ReadingCounts): void {
  forEachText(record, fields, (text) => addReadingCounts(text, counts));
}
