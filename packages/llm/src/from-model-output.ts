import type { GoodDayRecord, RecordKind } from '@goodday/schemas';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
// Defined, not assigned: a key such as "__proto__" from the model stays a field (which validate then reports), never a prototype.
const put = (to: Record<string, unknown>, key: string, value: unknown) => Object.defineProperty(to, key, { value, enumerable: true, writable: true, configurable: true });

/** A copy with every null left out: a model writes null where the record has nothing. */
function withoutNulls(value: unknown): unknown {
  if (value === null) return undefined;
  if (Array.isArray(value)) return value.map(withoutNulls).filter((item) => item !== undefined);
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const kept = withoutNulls(item);
      if (kept !== undefined) put(out, key, kept);
    }
    return out;
  }
  return value;
}

/**
 * A record from what a model answered against `llmSchema`: one object, or one object a section (in any order),
 * joined; nulls left out. Never changes its input. The result still needs `stamp` and `validate`.
 * @throws Error when the output is not an object (or a list of objects), or two sections give the same property.
 */
export function fromModelOutput(kind: RecordKind, output: unknown): GoodDayRecord {
  const parts = Array.isArray(output) ? output : [output];
  const joined: Record<string, unknown> = {};
  for (const [i, part] of parts.entries()) {
    if (!isObject(part)) throw new Error(`The model's answer for ${kind}${parts.length > 1 ? ` (section ${i + 1})` : ''} is not an object.`);
    for (const [key, value] of Object.entries(part)) {
      const given = Object.hasOwn(joined, key) ? joined[key] : null;
      if (given !== null && value !== null) throw new Error(`Two sections of the model's answer for ${kind} both give "${key}".`);
      if (given === null) put(joined, key, value);
    }
  }
  return withoutNulls(joined) as GoodDayRecord;
}
