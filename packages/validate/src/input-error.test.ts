import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ordinaryInstanceOf } from '../../../test/errors.js';
import { GoodDayInputError, isGoodDayInputError } from './input-error.js';

type Build = { GoodDayInputError: typeof GoodDayInputError; isGoodDayInputError: typeof isGoodDayInputError };

describe('isGoodDayInputError', () => {
  it('holds for the error and an instance of a subclass, and for instanceof', () => {
    class Mine extends GoodDayInputError {}
    for (const error of [new GoodDayInputError('not-json', 'The input is not valid JSON.'), new Mine('too-deep', 'Too deep.')]) {
      expect(isGoodDayInputError(error)).toBe(true);
      expect(error instanceof GoodDayInputError).toBe(true);
      expect(error instanceof Error).toBe(true);
    }
  });

  it('does not hold for an error that only looks like one, or one with a code it does not know', () => {
    const lookalike = Object.assign(new Error('x'), { name: 'GoodDayInputError', code: 'not-json' });
    const unknownCode = Object.assign(new GoodDayInputError('not-json', 'x'), { code: 'not-a-code' });
    const inherited = Object.assign(new GoodDayInputError('not-json', 'x'), { code: 'toString' });
    for (const value of [lookalike, unknownCode, inherited, null, undefined, 'GoodDayInputError', { code: 'not-json' }]) {
      expect(isGoodDayInputError(value)).toBe(false);
      expect(value instanceof GoodDayInputError).toBe(false);
    }
  });

  it('keeps the ordinary instanceof for a subclass', () => {
    class Mine extends GoodDayInputError {}
    expect(new GoodDayInputError('not-json', 'x') instanceof Mine).toBe(false);
    expect(new Mine('not-json', 'x') instanceof Mine).toBe(true);
  });

  it('carries its brand on the prototype, not as a property of its own that JSON or a spread would copy', () => {
    const error = new GoodDayInputError('no-schema', 'x');
    expect(Object.getOwnPropertySymbols(error)).toEqual([]);
    expect(isGoodDayInputError({ ...error })).toBe(false);
  });
});

// Regression: an error made by the CommonJS build failed the ESM build's guard (instanceof), and the reverse.
describe('across the ESM and CommonJS builds (run after the build)', () => {
  it('each build knows the other build’s error, by the guard and by instanceof', async () => {
    const cjs: Build = createRequire(import.meta.url)('../dist/index.cjs');
    const esm: Build = await import('../dist/index.js');
    // Two classes: the ordinary instanceof tells them apart, so the check below crosses builds.
    expect(esm.GoodDayInputError).not.toBe(cjs.GoodDayInputError);
    for (const [made, checked] of [
      [cjs, esm],
      [esm, cjs],
    ] as const) {
      const error = new made.GoodDayInputError('too-large', 'The input is 9 bytes, over the limit of 5.');
      expect(ordinaryInstanceOf(error, checked.GoodDayInputError)).toBe(false);
      expect(checked.isGoodDayInputError(error)).toBe(true);
      expect(error instanceof checked.GoodDayInputError).toBe(true);
      expect(checked.isGoodDayInputError(new Error('too-large'))).toBe(false);
    }
  });
});
