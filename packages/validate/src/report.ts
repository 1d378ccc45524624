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
}
