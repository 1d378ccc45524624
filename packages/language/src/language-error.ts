/** Why the linter could not run: text it cannot take, or an entry it cannot use. Its message is one sentence. */
export class LanguageInputError extends Error {
  override readonly name = 'LanguageInputError';
  readonly code: 'not-text' | 'too-long' | 'bad-entry';

  constructor(code: LanguageInputError['code'], message: string) {
    super(message);
    this.code = code;
  }
}
