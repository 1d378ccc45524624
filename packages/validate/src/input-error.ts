/** Why a piece of input could not be validated at all. */
export type InputErrorCode =
  | 'unreadable'
  | 'not-json'
  | 'too-large'
  | 'too-deep'
  | 'too-many-values'
  | 'not-an-object'
  | 'no-schema'
  | 'unknown-schema'
  | 'wrong-kind';

/**
 * Thrown for input that cannot be validated: unreadable, not JSON, over a limit, or naming no schema Good Day knows.
 * The message is one line, says what to do, and never quotes the record.
 */
export class GoodDayInputError extends Error {
  override readonly name = 'GoodDayInputError';
  readonly code: InputErrorCode;

  constructor(code: InputErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

export function isGoodDayInputError(error: unknown): error is GoodDayInputError {
  return error instanceof GoodDayInputError;
}
