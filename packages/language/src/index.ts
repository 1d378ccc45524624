export { lint, createLinter, type LintOptions, type LintResult, type Linter, type Voice } from './lint.js';
export { feedbackForModel } from './feedback.js';
export { builtInEntries } from './generated/entries.js';
export type { LanguageEntry, EntryKind, EntryContext, Severity } from './entry.js';
export type { LanguageFinding } from './finding.js';
export { addReadingCounts, emptyReadingCounts, readabilityFrom, readabilityOf, type Readability, type ReadingCounts } from './readability.js';
export { LanguageInputError } from './language-error.js';
