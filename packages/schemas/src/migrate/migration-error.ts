/** Why a record could not be migrated. */
export type MigrationErrorCode = 'not-a-record' | 'unknown-schema' | 'unknown-version' | 'no-mapping' | 'would-lose-data' | 'too-deep';

/** A record that `migrate` cannot move to the version asked for; the message is one sentence that says what to do. */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
  readonly code: MigrationErrorCode;
  /** Where the data that would be lost is, as a JSON Pointer, for `would-lose-data`. */
  readonly path?: string;

  constructor(code: MigrationErrorCode, message: string, path?: string) {
    super(message);
    this.code = code;
    if (path !== undefined) this.path = path;
  }
}

/** True for a {@link MigrationError}, also across copies of the package. */
export const isMigrationError = (error: unknown): error is MigrationError =>
  error instanceof MigrationError || (error instanceof Error && error.name === 'MigrationError' && typeof (error as { code?: unknown }).code === 'string');
