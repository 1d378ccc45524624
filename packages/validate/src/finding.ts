/** How serious a finding is. Only `error` makes a record invalid. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * One thing found in a record: the same shape from validation, the language linter, audits and the CLI.
 * Findings never contain the record's free text.
 */
export interface Finding {
  /** The stable id of the rule, for example `assessment/needs-before-eligibility`, or `structure/<keyword>`. */
  readonly ruleId: string;
  readonly severity: Severity;
  /** Where in the record, as a JSON Pointer (RFC 6901); `""` is the whole record. */
  readonly path: string;
  /** Plain English: what is wrong and what to do about it. */
  readonly message: string;
  /** The statute, guidance or source document the rule comes from. */
  readonly source: string;
}
