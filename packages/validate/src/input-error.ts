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

const CODES: Record<InputErrorCode, true> = {
  unreadable: true,
  'not-json': true,
  'too-large': true,
  'too-deep': true,
  'too-many-values': true,
  'not-an-object': true,
  'no-schema': true,
  'unknown-schema': true,
  'wrong-kind': true,
};

// Registered, so the ESM and CommonJS builds (and two installed copies) share it where they share no class.
const BRAND = Symbol.for('goodday.input-error');

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

  static {
    Object.defineProperty(this.prototype, BRAND, { value: true });
  }

  /** `instanceof GoodDayInputError` holds for one made by any build of this package, as {@link isGoodDayInputError} does. */
  static override [Symbol.hasInstance](value: unknown): value is GoodDayInputError {
    // A subclass keeps the ordinary check: being branded does not make an error one of its instances.
    return this === GoodDayInputError ? isGoodDayInputError(value) : Function.prototype[Symbol.hasInstance].call(this, value);
  }
}

/** True for a {@link GoodDayInputError} made by any build of this package (ESM or CommonJS): by its brand and a known code. */
export function isGoodDayInputError(error: unknown): error is GoodDayInputError {
  if (typeof error !== 'object' || error === null || (error as { [BRAND]?: unknown })[BRAND] !== true) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && Object.hasOwn(CODES, code);
}
