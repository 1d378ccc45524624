// Records reach the mapping unvalidated, so every read is checked: a wrong type reads as absent, never as a throw.

export type Json = Readonly<Record<string, unknown>>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export const objectAt = (value: unknown, key: string): Json | undefined => {
  const found = isObject(value) ? value[key] : undefined;
  return isObject(found) ? found : undefined;
};

export const stringAt = (value: unknown, key: string): string | undefined => {
  const found = isObject(value) ? value[key] : undefined;
  return typeof found === 'string' ? found : undefined;
};

export const booleanAt = (value: unknown, key: string): boolean | undefined => {
  const found = isObject(value) ? value[key] : undefined;
  return typeof found === 'boolean' ? found : undefined;
};

export const arrayAt = (value: unknown, key: string): readonly unknown[] => {
  const found = isObject(value) ? value[key] : undefined;
  return Array.isArray(found) ? found : [];
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** The calendar date a stamp was written on (its first ten characters, the local date where it was recorded), if it is one. */
export function dateOf(stamp: unknown): string | undefined {
  if (typeof stamp !== 'string') return undefined;
  const m = DATE.exec(stamp);
  if (!m) return undefined;
  const [, y, mo, d] = m.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? stamp.slice(0, 10) : undefined;
}

const SCHEMA = /^https:\/\/goodday\.dev\/schemas\/([a-z-]+)\/(\d+\.\d+\.\d+)\.json$/;

/** The kind and version a record names in its "$schema", if it names a Good Day schema. */
export function kindOf(record: unknown): { kind: string; version: string } | undefined {
  const m = SCHEMA.exec(stringAt(record, '$schema') ?? '');
  return m ? { kind: m[1]!, version: m[2]! } : undefined;
}
