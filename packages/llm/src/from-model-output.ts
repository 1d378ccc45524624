import type { GoodDayRecord, RecordKind } from '@goodday/schemas';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A copy with every null left out: a model writes null where the record has nothing. */
function withoutNulls(value: unknown): unknown {
  if (value === null) return undefined;
  if (Array.isArray(value)) return value.map(withoutNulls).filter((item) => item !== undefined);
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const kept = withoutNulls(item);
      if (kept !== undefined) out[key] = kept;
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
      if (key in joined && joined[key] !== null && value !== null) throw new Error(`Two sections of the model's answer for ${kind} both give "${key}".`);
      if (!(key in joined) || joined[key] === null) joined[key] = value;
    }
  }
  return withoutNulls(joined) as GoodDayRecord;
}
