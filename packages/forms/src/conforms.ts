import type { JsonSchema } from '@goodday/schemas';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const TYPES: Record<string, (v: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  boolean: (v) => typeof v === 'boolean',
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  integer: (v) => Number.isInteger(v),
  array: Array.isArray,
  object: isObject,
  null: (v) => v === null,
};

/**
 * Whether a value meets a part of a form schema: for rjsf's choice between the options of a `oneOf` or `anyOf`
 * (which branch of a code list a value is) and for the conditions a step waits for. Reads the keywords such a
 * question turns on — `const`, `enum`, `type`, `required`, `properties`, `items`, `contains`, lengths and counts,
 * `oneOf`, `anyOf`, `allOf`, `not` — and no others.
 */
export function conforms(schema: unknown, value: unknown): boolean {
  if (schema === true || schema === undefined) return true;
  if (schema === false || !isObject(schema)) return false;
  const s = schema as JsonSchema & Record<string, unknown>;
  if ('const' in s && JSON.stringify(s.const) !== JSON.stringify(value)) return false;
  if (Array.isArray(s.enum) && !s.enum.some((option) => JSON.stringify(option) === JSON.stringify(value))) return false;
  if (s.type !== undefined && !(Array.isArray(s.type) ? s.type : [s.type]).some((t) => TYPES[String(t)]?.(value))) return false;
  if (typeof value === 'string') {
    if (typeof s.minLength === 'number' && value.length < s.minLength) return false;
    if (typeof s.maxLength === 'number' && value.length > s.maxLength) return false;
  }
  if (isObject(value)) {
    if (Array.isArray(s.required) && !s.required.every((key) => Object.prototype.hasOwnProperty.call(value, key))) return false;
    for (const [key, sub] of Object.entries(s.properties ?? {})) if (Object.prototype.hasOwnProperty.call(value, key) && !conforms(sub, value[key])) return false;
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === 'number' && value.length < s.minItems) return false;
    if (typeof s.maxItems === 'number' && value.length > s.maxItems) return false;
    if (s.items && !Array.isArray(s.items) && !value.every((item) => conforms(s.items, item))) return false;
    if ('contains' in s && !value.some((item) => conforms(s.contains, item))) return false;
  }
  if (Array.isArray(s.oneOf) && s.oneOf.filter((branch) => conforms(branch, value)).length !== 1) return false;
  if (Array.isArray(s.anyOf) && !s.anyOf.some((branch: unknown) => conforms(branch, value))) return false;
  if (Array.isArray(s.allOf) && !s.allOf.every((branch: unknown) => conforms(branch, value))) return false;
  if ('not' in s && conforms(s.not, value)) return false;
  return true;
}
