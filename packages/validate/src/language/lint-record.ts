import { createLinter, type LanguageEntry, type Linter } from '@goodday/language';
import type { Finding } from '../finding.js';
import { forEachText, practitionerTextFields } from './text-fields.js';

/** Which language entries to use when validating: switch some off, or add your own. */
export interface LanguageOptions {
  readonly disable?: readonly string[];
  readonly entries?: readonly LanguageEntry[];
}

let defaultLinter: Linter | undefined;

/** Language findings for every practitioner-written text field of a structurally valid record. */
export function lintRecord(record: unknown, schemaId: string, options?: LanguageOptions): Finding[] {
  // Readability is left to `goodday lint`: a record's fields are short, and a score per field would be noise.
  const linter = options?.disable || options?.entries ? createLinter({ ...options, readability: false }) : (defaultLinter ??= createLinter({ readability: false }));
  const findings: Finding[] = [];
  forEachText(record, practitionerTextFields(schemaId), (text, pointer) => {
    for (const f of linter(text, pointer).findings) findings.push({ ruleId: f.ruleId, severity: f.severity, path: f.path, message: f.message, source: f.source });
  });
  return findings;
}
