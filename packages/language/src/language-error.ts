const CODES: Record<LanguageInputError['code'], true> = { 'not-text': true, 'too-long': true, 'bad-entry': true };
// Registered, so the ESM and CommonJS builds (and two installed copies) share it where they share no class.
const BRAND = Symbol.for('goodday.language-input-error');

/** Why the linter could not run: text it cannot take, or an entry it cannot use. Its message is one sentence. */
export class LanguageInputError extends Error {
  override readonly name = 'LanguageInputError';
  readonly code: 'not-text' | 'too-long' | 'bad-entry';

  constructor(code: LanguageInputError['code'], message: string) {
    super(message);
    this.code = code;
  }

  static {
    Object.defineProperty(this.prototype, BRAND, { value: true });
  }

  /** `instanceof LanguageInputError` holds for one made by any build of this package: by its brand and a known code. */
  static override [Symbol.hasInstance](value: unknown): value is LanguageInputError {
    // A subclass keeps the ordinary check: being branded does not make an error one of its instances.
    if (this !== LanguageInputError) return Function.prototype[Symbol.hasInstance].call(this, value);
    if (typeof value !== 'object' || value === null || (value as { [BRAND]?: unknown })[BRAND] !== true) return false;
    const code = (value as { code?: unknown }).code;
    return typeof code === 'string' && Object.hasOwn(CODES, code);
  }
}
