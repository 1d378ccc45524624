import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ordinaryInstanceOf, thrownBy } from '../../../test/errors.js';
import { LanguageInputError } from './language-error.js';
import { lint } from './lint.js';

type Build = { LanguageInputError: typeof LanguageInputError; lint: typeof lint };
describe('LanguageInputError', () => {
  it('is an instance by its brand and a known code, not by its name', () => {
    expect(thrownBy(() => lint(42 as never))).toBeInstanceOf(LanguageInputError);
    const lookalike = Object.assign(new Error('x'), { name: 'LanguageInputError', code: 'not-text' });
    const unknownCode = Object.assign(new LanguageInputError('not-text', 'x'), { code: 'not-a-code' });
    for (const value of [lookalike, unknownCode, null, { code: 'too-long' }]) expect(value instanceof LanguageInputError).toBe(false);
  });

  it('keeps the ordinary instanceof for a subclass', () => {
    class Mine extends LanguageInputError {}
    expect(new LanguageInputError('too-long', 'x') instanceof Mine).toBe(false);
    expect(new Mine('too-long', 'x') instanceof LanguageInputError).toBe(true);
  });

  // Regression: an error thrown by the CommonJS build was not an instance of the ESM build's class, and the reverse.
  it('is an instance across the ESM and CommonJS builds, both ways (run after the build)', async () => {
    const cjs: Build = createRequire(import.meta.url)('../dist/index.cjs');
    const esm: Build = await import('../dist/index.js');
    expect(esm.LanguageInputError).not.toBe(cjs.LanguageInputError);
    for (const [made, checked] of [
      [cjs, esm],
      [esm, cjs],
    ] as const) {
      const error = thrownBy(() => made.lint('x'.repeat(20), { maxLength: 10 }));
      expect(ordinaryInstanceOf(error, checked.LanguageInputError)).toBe(false);
      expect(error instanceof checked.LanguageInputError).toBe(true);
    }
  });
});
