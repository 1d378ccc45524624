import type { Readability } from '@goodday/language';
import type { RecordKind } from '@goodday/schemas';
import type { Finding } from './finding.js';

/** The result of validating one record. */
export interface Report<K extends RecordKind = RecordKind> {
  /** False exactly when there is a finding of severity `error`. */
  readonly valid: boolean;
  readonly kind: K;
  /** The schema version the record names in `$schema`. */
  readonly version: string;
  readonly findings: readonly Finding[];
  /**
   * How easy the practitioners' text is to read, all its fields scored as one (each its own paragraph; never the
   * person's own words). Only when asked for with `readability: true`.
   */
  readonly readability?: Readability;
}
