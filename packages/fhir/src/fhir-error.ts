/** Why a record or response could not be converted. */
export type FhirErrorCode = 'unknown-schema' | 'not-a-record' | 'not-a-response' | 'unknown-questionnaire' | 'unknown-item' | 'wrong-answer';

const CODES: Record<FhirErrorCode, true> = {
  'unknown-schema': true,
  'not-a-record': true,
  'not-a-response': true,
  'unknown-questionnaire': true,
  'unknown-item': true,
  'wrong-answer': true,
};

// Registered, so the ESM and CommonJS builds (and two installed copies) share it where they share no class.
const BRAND = Symbol.for('goodday.fhir-error');

/**
 * Thrown for input that cannot be converted: not a record or response, or naming no schema or Questionnaire Good Day
 * publishes, or answers that do not fit the Questionnaire. The message is one line, says what to do, and never
 * quotes the record.
 */
export class FhirError extends Error {
  override readonly name = 'FhirError';
  readonly code: FhirErrorCode;

  constructor(code: FhirErrorCode, message: string) {
    super(message);
    this.code = code;
  }

  static {
    Object.defineProperty(this.prototype, BRAND, { value: true });
  }

  /** `instanceof FhirError` holds for one made by any build of this package, as {@link isFhirError} does. */
  static override [Symbol.hasInstance](value: unknown): value is FhirError {
    return this === FhirError ? isFhirError(value) : Function.prototype[Symbol.hasInstance].call(this, value);
  }
}

/** True for a {@link FhirError} made by any build of this package (ESM or CommonJS): by its brand and a known code. */
export function isFhirError(error: unknown): error is FhirError {
  if (typeof error !== 'object' || error === null || (error as { [BRAND]?: unknown })[BRAND] !== true) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && Object.hasOwn(CODES, code);
}
