import type { RecordKind } from '@goodday/schemas';
import type { Severity } from './finding.js';

/** When a rule applies: to every record (`draft`), or only once the record says it is complete or concluded. */
export type RuleStage = 'draft' | 'complete';

/** What a rule is, apart from how it checks: enough to list it in docs and reports. */
export interface RuleDefinition {
  /** Stable id, `<kind>/<rule-name>`, exactly as in the rule catalogue. */
  readonly id: string;
  /** A few plain words, sentence case, for reports and pages. */
  readonly title: string;
  readonly kind: RecordKind;
  readonly severity: Severity;
  readonly stage: RuleStage;
  /** What the rule requires, in one plain sentence. */
  readonly message: string;
  /** What to do when the rule is broken. */
  readonly hint: string;
  /** The statute, guidance or seed document the rule comes from. */
  readonly source: string;
}

/** Related records a rule may look at, such as the assessment a support plan builds on. */
export interface ValidationContext {
  readonly related?: readonly unknown[];
}

/** One place where a record breaks a rule, with a message for that place (the rule's own message otherwise). */
export interface Violation {
  readonly path: string;
  readonly message?: string;
  /** A milder severity for this place than the rule's own, where the catalogue gives one (for example review-date). */
  readonly severity?: Severity;
}

/** A rule: its definition beside one check function over a structurally valid record. */
export interface Rule<R = unknown> extends RuleDefinition {
  check(record: R, context: ValidationContext): Iterable<Violation>;
}
