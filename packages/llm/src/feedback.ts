import { getSchema } from '@goodday/schemas';
import type { Finding, Report } from '@goodday/validate';
import { fieldInWords } from './field-in-words.js';

/** One thing for the model to change, numbered from 1. */
export interface Instruction {
  readonly number: number;
  readonly ruleId: string;
  readonly severity: Finding['severity'];
  /** Where, as a JSON Pointer, for programs. */
  readonly path: string;
  /** Where, in words, for the model: "the second need's impact on wellbeing". */
  readonly field: string;
  /** The whole instruction: "1. In the second need's impact on wellbeing: …". */
  readonly text: string;
}

const SEVERITY_ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };
// Findings that ask for the person's words: the model must take them from the transcript, not write its own.
const ASKS_FOR_WORDS = /in their (own )?words|the person's own view|in place of the person's|person's past and present wishes/;
const FROM_TRANSCRIPT = "Take the person's words from the transcript, word for word; if the transcript does not have them, leave the field null rather than writing them yourself.";

/** A finding on the whole record that names one top-level field ("record it … in goodDay") is about that field. */
function namedField(report: Report, message: string): string {
  const keys = Object.keys(getSchema(report.kind, report.version)?.properties ?? {}).filter((key) => new RegExp(`(\\bin |\\()${key.replace('$', '\\$')}\\b`).test(message));
  return keys.length === 1 ? `/${keys[0]}` : '';
}

/**
 * What a model should change to clear a report's findings, as short numbered instructions, errors first. Each names
 * the field in words and says what to change; none quotes the record (findings never hold the record's text, and the
 * field is named from the schema).
 */
export function feedback(report: Report): { readonly instructions: readonly Instruction[]; readonly text: string } {
  const findings = [...report.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const instructions = findings.map((finding, i): Instruction => {
    const field = fieldInWords(report.kind, report.version, finding.path === '' ? namedField(report, finding.message) : finding.path);
    const extra = ASKS_FOR_WORDS.test(finding.message) ? ` ${FROM_TRANSCRIPT}` : '';
    const must = finding.severity === 'error' ? '' : ' (should)';
    return { number: i + 1, ruleId: finding.ruleId, severity: finding.severity, path: finding.path, field, text: `${i + 1}. In ${field}${must}: ${finding.message}${extra}` };
  });
  const text = instructions.length === 0 ? 'The record is complete: nothing to change.' : instructions.map((i) => i.text).join('\n');
  return { instructions, text };
}
