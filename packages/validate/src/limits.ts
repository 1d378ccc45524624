import { GoodDayInputError } from './input-error.js';

/** Limits that protect a validator from hostile or accidental input. */
export interface InputLimits {
  /** Largest JSON text accepted, in bytes (UTF-8). */
  readonly maxBytes: number;
  /** Deepest nesting of objects and arrays accepted. */
  readonly maxDepth: number;
  /** Most values (objects, arrays and scalars) accepted in one record. */
  readonly maxValues: number;
}

export const defaultLimits: InputLimits = Object.freeze({
  maxBytes: 5 * 1024 * 1024,
  maxDepth: 32,
  maxValues: 250_000,
});

export function resolveLimits(limits?: Partial<InputLimits>): InputLimits {
  return limits ? { ...defaultLimits, ...limits } : defaultLimits;
}

const encoder = new TextEncoder();

/** Parses JSON text into a value, within the limits. Throws {@link GoodDayInputError} with a one-line reason. */
export function parseRecord(text: string | Uint8Array, limits?: Partial<InputLimits>): unknown {
  const { maxBytes } = resolveLimits(limits);
  // A UTF-16 string never takes fewer bytes in UTF-8 than it has code units, so check cheaply first.
  const bytes = typeof text === 'string' ? (text.length > maxBytes ? text.length : encoder.encode(text).length) : text.byteLength;
  if (bytes > maxBytes) {
    throw new GoodDayInputError('too-large', `The input is ${bytes} bytes, over the limit of ${maxBytes}: split it or raise maxBytes.`);
  }
  const source = typeof text === 'string' ? text : new TextDecoder('utf-8', { fatal: false }).decode(text);
  try {
    return JSON.parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);
  } catch (error) {
    // Keep only the position: the engine's message can quote the input, and records stay out of messages.
    const at = /position (\d+)/.exec(String((error as Error).message))?.[1];
    throw new GoodDayInputError('not-json', `The input is not valid JSON${at ? ` (problem at character ${at})` : ''}: check it is a JSON record.`);
  }
}

/**
 * Checks nesting depth and size of an in-memory value. It recurses only into objects and arrays, and never
 * deeper than `maxDepth`, so hostile input cannot overflow the stack. It runs on every record, so it counts
 * scalars without a call each and walks keys with for-in rather than copying them.
 */
export function checkShape(value: unknown, limits?: Partial<InputLimits>): void {
  const { maxDepth, maxValues } = resolveLimits(limits);
  const tooMany = () =>
    new GoodDayInputError('too-many-values', `The record holds more than ${maxValues} values: split it or raise maxValues.`);
  let count = 1;
  const visit = (node: object, depth: number): void => {
    if (depth > maxDepth) {
      throw new GoodDayInputError('too-deep', `The record is nested more than ${maxDepth} levels deep: no Good Day record needs that many.`);
    }
    if (Array.isArray(node)) {
      if ((count += node.length) > maxValues) throw tooMany();
      for (let i = 0; i < node.length; i++) {
        const child: unknown = node[i];
        if (child !== null && typeof child === 'object') visit(child, depth + 1);
      }
    } else {
      for (const key in node) {
        if (++count > maxValues) throw tooMany();
        const child: unknown = (node as Record<string, unknown>)[key];
        if (child !== null && typeof child === 'object') visit(child, depth + 1);
      }
    }
  };
  if (maxValues < 1) throw tooMany();
  if (value !== null && typeof value === 'object') visit(value, 1);
}
