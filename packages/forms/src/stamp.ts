import type { GoodDayRecord, JsonSchema, Recorder } from '@goodday/schemas';
import { GoodDayInputError, identify, pointer } from '@goodday/validate';
import { sharedFormSchema } from './form-schema.js';

/** When the parts were recorded: a `Date`, or an ISO 8601 date-time with a time zone (`2026-03-03T10:30:00Z`). */
export type StampTime = Date | string;

type JsonObject = Record<string, unknown>;
type Schema = JsonSchema & { properties?: Record<string, Schema>; items?: Schema | Schema[]; additionalProperties?: boolean | Schema };

const STAMPS = new Set(['recordedAt', 'recordedBy']);
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

interface Stamping {
  readonly at: string;
  readonly by: Recorder | undefined;
}

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
// Keys come from the form: "__proto__" or "constructor" must read and write an entry of its own, never a prototype.
const own = (object: JsonObject, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined);
const put = (object: JsonObject, key: string, value: unknown) => {
  // Plain assignment is many times faster; only "__proto__" would reach the prototype by it.
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
};
const schemaObject = (value: unknown): Schema | undefined => (isObject(value) ? (value as Schema) : undefined);

/** The schema of one key of an object, from its own `properties` or its `additionalProperties`. */
function propertySchema(schema: Schema | undefined, key: string): Schema | undefined {
  const properties = schemaObject(schema?.properties);
  if (properties && Object.hasOwn(properties, key)) return schemaObject(properties[key]);
  return schemaObject(schema?.additionalProperties);
}

const itemSchema = (schema: Schema | undefined): Schema | undefined => schemaObject(schema?.items);

/** A stamped part is an object whose schema has a `recordedAt` property. */
const isStamped = (schema: Schema | undefined): boolean => {
  const properties = schemaObject(schema?.properties);
  return properties !== undefined && Object.hasOwn(properties, 'recordedAt');
};

/** True when a value is, or holds only, stamped parts: a part of its own, so no part of its container's content. */
const isOwnPart = (schema: Schema | undefined): boolean => isStamped(schema) || (schemaObject(schema?.items) !== undefined && isStamped(itemSchema(schema)));

/**
 * Equal but for stamps. With `ownOnly`, the nested stamped parts are left out too: what a part's own content is.
 * Arrays are equal as collections (matched as {@link matchItems} does), so a reordering is no change.
 */
function sameContent(a: unknown, b: unknown, schema: Schema | undefined, ownOnly: boolean): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    const items = itemSchema(schema);
    return matchItems(a, b, items).every((match, index) => match !== undefined && sameContent(a[match], b[index], items, ownOnly));
  }
  if (isObject(a) && isObject(b)) {
    const stamped = isStamped(schema);
    // Every key of b, then the keys only a has: each key once, without building a set.
    for (const key of Object.keys(b)) {
      if (stamped && STAMPS.has(key)) continue;
      const child = propertySchema(schema, key);
      if (ownOnly && isOwnPart(child)) continue;
      if (!sameContent(own(a, key), own(b, key), child, ownOnly)) return false;
    }
    for (const key of Object.keys(a)) {
      if (Object.hasOwn(b, key) || (stamped && STAMPS.has(key))) continue;
      const child = propertySchema(schema, key);
      if (ownOnly && isOwnPart(child)) continue;
      if (own(a, key) !== undefined) return false;
    }
    return true;
  }
  return a === b;
}

const idOf = (value: unknown): string | undefined => {
  const id = isObject(value) ? own(value, 'id') : undefined;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
};

/** How many fields two objects hold alike (stamps aside); 0 for anything else. */
function fieldsInCommon(a: unknown, b: unknown, schema: Schema | undefined): number {
  if (!isObject(a) || !isObject(b)) return 0;
  return Object.keys(b).filter((key) => !STAMPS.has(key) && Object.hasOwn(a, key) && sameContent(a[key], b[key], propertySchema(schema, key), false)).length;
}

/**
 * For each item of `next`, the index of the item of `previous` it is, or undefined for a new one: by `id` when the
 * item has one, else the first unused item equal but for stamps, else the unused item it has most fields in common with.
 */
function matchItems(previous: readonly unknown[], next: readonly unknown[], items: Schema | undefined): Array<number | undefined> {
  const used = new Set<number>();
  const take = (index: number) => (index >= 0 ? (used.add(index), index) : undefined);
  const matches: Array<number | undefined> = next.map((item) => {
    const id = idOf(item);
    return id === undefined ? undefined : take(previous.findIndex((old, at) => !used.has(at) && idOf(old) === id));
  });
  next.forEach((item, index) => {
    if (matches[index] !== undefined || idOf(item) !== undefined) return;
    matches[index] = take(previous.findIndex((old, at) => !used.has(at) && idOf(old) === undefined && sameContent(old, item, items, false)));
  });
  // An edited item without an id is most likely the unused one it shares most fields with.
  next.forEach((item, index) => {
    if (matches[index] !== undefined || idOf(item) !== undefined) return;
    let best = -1;
    let bestScore = 0;
    previous.forEach((old, at) => {
      const score = used.has(at) || idOf(old) !== undefined ? 0 : fieldsInCommon(old, item, items);
      if (score > bestScore) [best, bestScore] = [at, score];
    });
    matches[index] = take(best);
  });
  return matches;
}

/** A new copy of `next` with every stamped part stamped that is new or whose own content differs from `previous`. */
function stampValue(previous: unknown, next: unknown, schema: Schema | undefined, stamping: Stamping, path: string[], seen: Set<object>): unknown {
  // A part the form handed back unchanged (the same object, as immutable updates leave it) needs no walk and no copy.
  if (next === previous && path.length > 0) return next;
  if (next === null || typeof next === 'boolean' || typeof next === 'string' || (typeof next === 'number' && Number.isFinite(next))) return next;
  const isArray = Array.isArray(next);
  const proto = typeof next === 'object' && next !== null ? Object.getPrototypeOf(next) : undefined;
  if (!isArray && proto !== Object.prototype && proto !== null) {
    const where = path.length > 0 ? pointer(...path) : 'its top level';
    throw new GoodDayInputError('not-json', `The record holds a value that is not JSON data at ${where}: give stamp() plain objects, arrays, strings, finite numbers, booleans and null.`);
  }
  if (seen.has(next as object)) {
    throw new GoodDayInputError('not-json', `The record refers to itself at ${pointer(...path)}: give stamp() a tree of plain data, as JSON.parse makes.`);
  }
  seen.add(next as object);
  try {
    if (isArray) {
      const items = itemSchema(schema);
      const old = Array.isArray(previous) ? previous : [];
      const list = next as unknown[];
      const matches = matchItems(old, list, items);
      return list.map((item, index) => {
        path.push(String(index));
        const value = stampValue(matches[index] === undefined ? undefined : old[matches[index]!], item, items, stamping, path, seen);
        path.pop();
        return value;
      });
    }
    const source = next as JsonObject;
    const before = isObject(previous) ? previous : undefined;
    const copy: JsonObject = {};
    // One path, grown and shrunk as the walk goes, rather than a new array at every value.
    for (const key of Object.keys(source)) {
      path.push(key);
      // Object.keys gave it, so it is the source's own: only "__proto__" must not be read by a plain lookup.
      put(copy, key, stampValue(before && own(before, key), key === '__proto__' ? own(source, key) : source[key], propertySchema(schema, key), stamping, path, seen));
      path.pop();
    }
    if (!isStamped(schema)) return copy;
    const untouched = before !== undefined && own(before, 'recordedAt') !== undefined && sameContent(before, source, schema, true);
    if (untouched) {
      for (const key of STAMPS) {
        const kept = own(before, key);
        if (kept === undefined) delete copy[key];
        else put(copy, key, structuredClone(kept));
      }
      return copy;
    }
    put(copy, 'recordedAt', stamping.at);
    if (stamping.by !== undefined && Object.hasOwn(schemaObject(schema?.properties) ?? {}, 'recordedBy')) put(copy, 'recordedBy', structuredClone(stamping.by));
    return copy;
  } finally {
    seen.delete(next as object);
  }
}

/** True for an RFC 3339 date-time with a time zone that names a real day and time (Date.parse rolls 30 February over). */
function isDateTime(s: string): boolean {
  const match = DATE_TIME.exec(s);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour <= 23 && minute <= 59 && second <= 59 && Number.isFinite(Date.parse(s));
}

/** `now` as the date-time stamps carry: a `Date` as `toISOString()` writes it, a string as it is once it is checked. */
// A form stamps many changes with the same clock reading: the last one is written out once.
let lastTime = Number.NaN;
let lastWritten = '';

function stampTime(now: StampTime): string {
  if (now instanceof Date && Number.isFinite(now.getTime())) {
    const time = now.getTime();
    if (time !== lastTime) [lastTime, lastWritten] = [time, now.toISOString()];
    return lastWritten;
  }
  if (typeof now === 'string' && isDateTime(now)) return now;
  const shown = typeof now === 'string' ? JSON.stringify(now.slice(0, 40)) : now instanceof Date ? 'an invalid Date' : typeof now;
  throw new GoodDayInputError('unreadable', `stamp() needs "now" as a valid Date or an ISO 8601 date-time with a time zone (for example 2026-03-03T10:30:00Z), not ${shown}.`);
}

/** `by` once it is checked to be a Recorder: an object with a role. */
function recorder(by: Recorder | undefined): Recorder | undefined {
  if (by === undefined) return undefined;
  if (!isObject(by) || typeof own(by as JsonObject, 'role') !== 'string' || by.role.trim() === '') {
    throw new GoodDayInputError('not-an-object', 'stamp() needs "by" as who recorded the parts, an object with a "role" (for example { role: "social worker" }), or no "by" at all.');
  }
  return by;
}

/**
 * A new copy of the record a form holds, with `recordedAt` set to `now` on exactly the parts that changed since
 * `previous`, so the ordering rules can read a form-filled record. A stamped part is an object whose schema has
 * `recordedAt`; it is stamped when it is new or its own content differs (its stamps and the stamped parts inside it
 * left out). Every other part keeps the stamps it had in `previous`, even where the form dropped them. Array items
 * are matched by `id`, else by content, so reordering stamps nothing; an item without an id that changed is matched
 * to the one it has most fields in common with. Keys the schema does not know are copied. A part the form handed back
 * as the very object it had (an immutable update leaves every untouched part so) is returned as it is, unwalked.
 * Never changes its inputs.
 *
 * @param previous The record as it was saved, or undefined for a new record (every part is then stamped).
 * @param next The record the form holds now; its `$schema` says the kind and version.
 * @param now When the changes were recorded; a string is kept as it is written.
 * @param by Who recorded them: the `recordedBy` of each stamped part that has one. Without it, a stamped part keeps
 * the `recordedBy` the form gave it.
 * @throws {GoodDayInputError} when `next` is not a Good Day record object (as `identify` says), `previous` is not an
 * object, `now` is not a date-time (`unreadable`), `by` has no role, or the record holds anything but JSON data.
 */
export function stamp<R extends object = GoodDayRecord>(previous: R | undefined, next: R, now: StampTime, by?: Recorder): R {
  const at = stampTime(now);
  const who = recorder(by);
  const { kind, version } = identify(next);
  if (previous !== undefined && !isObject(previous)) {
    throw new GoodDayInputError('not-an-object', 'stamp() needs "previous" as the record as it was saved (a JSON object), or undefined for a new record.');
  }
  const schema = sharedFormSchema(kind, version) as Schema;
  return stampValue(previous, next, schema, { at, by: who }, [], new Set()) as R;
}
