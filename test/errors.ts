// What the tests of thrown errors share.

/** The error `run` throws; fails the test when it throws nothing. */
export function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected it to throw');
}

/** `instanceof` as the language does it (the prototype chain), bypassing a class's own `Symbol.hasInstance`. */
export const ordinaryInstanceOf = (value: unknown, of: Function): boolean => Function.prototype[Symbol.hasInstance].call(of, value);
