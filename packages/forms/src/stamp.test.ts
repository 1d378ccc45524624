import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordKinds, type JsonSchema, type RecordKind, type Recorder } from '@goodday/schemas';
import { GoodDayInputError, identify, parseRecord, validate } from '@goodday/validate';
import { formSchema } from './form-schema.js';
import { stamp } from './stamp.js';
import { thrownBy } from '../../../test/errors.js';

type Data = Record<string, unknown>;
type Schema = JsonSchema & { properties?: Record<string, Schema>; items?: Schema; additionalProperties?: boolean | Schema };
interface Part {
  readonly path: readonly string[];
  readonly schema: Schema;
}

const NOW = '2030-01-01T09:00:00Z';
const BY: Recorder = { role: 'occupational therapist', name: 'Sam Okafor' };
const STAMPS = ['recordedAt', 'recordedBy'];

const root = join(import.meta.dirname, '../../../examples/records');
const examples = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(root, d.name)).filter((f) => f.endsWith('.json')).map((file) => ({ name: `${d.name}/${file}`, record: parseRecord(readFileSync(join(root, d.name, file))) as Data })));
const valid = examples.filter((e) => validate(e.record).valid);

// What a JavaScript caller could pass, whatever the types say.
const untyped = (value: unknown) => value as object;
const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);
const clone = <T>(value: T): T => structuredClone(value);
const schemaOf = (record: unknown): Schema => {
  const { kind, version } = identify(record);
  return formSchema(kind as RecordKind, version) as Schema;
};
const childSchema = (schema: Schema | undefined, key: string): Schema | undefined =>
  schema?.properties && Object.hasOwn(schema.properties, key) ? schema.properties[key] : isObject(schema?.additionalProperties) ? (schema.additionalProperties as Schema) : undefined;
const isStamped = (schema: Schema | undefined) => schema?.properties !== undefined && Object.hasOwn(schema.properties, 'recordedAt');

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Every stamped part of a value, walked beside its form schema, outermost first. */
function partsOf(value: unknown, schema: Schema | undefined, path: string[] = []): Part[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => partsOf(item, schema?.items, [...path, String(i)]));
  if (!isObject(value)) return [];
  const here = isStamped(schema) && schema ? [{ path, schema }] : [];
  return [...here, ...Object.keys(value).flatMap((key) => partsOf(value[key], childSchema(schema, key), [...path, key]))];
}

const maybeAt = (value: unknown, path: readonly string[]): unknown => path.reduce<unknown>((v, key) => (typeof v === 'object' && v !== null && Object.hasOwn(v, key) ? (v as Data)[key] : undefined), value);
const at = (value: unknown, path: readonly string[]): unknown => path.reduce<unknown>((v, key) => (v as Data)[key], value);
const isOwnPart = (schema: Schema | undefined) => isStamped(schema) || isStamped(schema?.items);

/** Every array in a value with at least two items, deepest first (so removing from one leaves the others' paths). */
function arraysOf(value: unknown, path: string[] = []): string[][] {
  if (Array.isArray(value)) return [...value.flatMap((item, i) => arraysOf(item, [...path, String(i)])), ...(value.length >= 2 ? [path] : [])];
  if (!isObject(value)) return [];
  return Object.keys(value).flatMap((key) => arraysOf(value[key], [...path, key]));
}

/** Changes one thing of a part's own content (not its stamps, not a part inside it) as a user would; false when there is nothing to change. */
function editOwn(part: Data, schema: Schema | undefined): boolean {
  // A form never changes an id: a new id is a new item.
  const keys = Object.keys(part).filter((k) => k !== 'id' && !(isStamped(schema) && STAMPS.includes(k)) && !isOwnPart(childSchema(schema, k)));
  keys.sort((a, b) => Number(b === 'text') - Number(a === 'text'));
  for (const key of keys) {
    const value = part[key];
    if (typeof value === 'string') part[key] = `${value} (changed in the form)`;
    else if (typeof value === 'boolean') part[key] = !value;
    else if (typeof value === 'number') part[key] = value + 1;
    else if (Array.isArray(value) && typeof value[0] === 'string') value[0] = `${value[0]} (changed in the form)`;
    else if (isObject(value) && editOwn(value, childSchema(schema, key))) return true;
    else continue;
    return true;
  }
  return false;
}

/** Takes the stamps off every stamped part, as a form that does not show them would. */
function unstamped<T>(record: T): T {
  const copy = clone(record);
  for (const { path } of partsOf(copy, schemaOf(copy))) for (const key of STAMPS) delete (at(copy, path) as Data)[key];
  return copy;
}

/** Sets the stamps stamp() should have set on a part of an expected record. */
function stamped(record: unknown, part: Part, by?: Recorder) {
  const target = at(record, part.path) as Data;
  target.recordedAt = NOW;
  if (by && Object.hasOwn(part.schema.properties ?? {}, 'recordedBy')) target.recordedBy = clone(by);
}

const recordedAtNow = (record: unknown) => partsOf(record, schemaOf(record)).filter(({ path }) => (at(record, path) as Data).recordedAt === NOW).map((p) => p.path.join('/'));

describe('stamp', () => {
  it('has valid examples of every kind to work from', () => {
    expect(new Set(valid.map((e) => identify(e.record).kind))).toEqual(new Set(recordKinds));
  });

  describe.each(valid.map((e) => [e.name, e.record] as const))('%s', (_, record) => {
    const schema = schemaOf(record);
    const parts = partsOf(record, schema);
    const previous = deepFreeze(clone(record));

    it('has stamped parts', () => {
      expect(parts.length).toBeGreaterThan(0);
    });

    it('restamps nothing when nothing was edited, or only the stamps were taken off or changed', () => {
      expect(stamp(previous, deepFreeze(clone(record)), NOW, BY)).toEqual(record);
      expect(stamp(previous, deepFreeze(unstamped(record)), NOW, BY)).toEqual(record);
      const restamped = clone(record);
      for (const { path } of parts) Object.assign(at(restamped, path) as Data, { recordedAt: '2001-01-01T00:00:00Z', recordedBy: { role: 'someone else' } });
      expect(stamp(previous, deepFreeze(restamped), NOW, BY)).toEqual(record);
    });

    it('stamps exactly the part whose own content changed, for each part in turn', () => {
      for (const part of parts) {
        const next = clone(record);
        if (!editOwn(at(next, part.path) as Data, part.schema)) continue;
        const expected = clone(record);
        editOwn(at(expected, part.path) as Data, part.schema);
        stamped(expected, part, BY);
        const result = stamp(previous, deepFreeze(next), NOW, BY);
        expect(result, part.path.join('/')).toEqual(expected);
        expect(recordedAtNow(result)).toEqual([part.path.join('/')]);
      }
    });

    it('restamps nothing when arrays are reordered', () => {
      const reordered = clone(record);
      for (const path of arraysOf(reordered)) (at(reordered, path) as unknown[]).reverse();
      const result = stamp(previous, deepFreeze(clone(reordered)), NOW, BY);
      expect(result).toEqual(reordered);
      expect(recordedAtNow(result)).toEqual([]);
    });

    it('stamps only the part whose own list lost an item, none when the items are parts, and the deleted ones are gone', () => {
      for (const path of arraysOf(record)) {
        const next = clone(record);
        (at(next, path) as unknown[]).splice(0, 1);
        const expected = clone(next);
        const holder = ownerOf(record, path);
        if (holder) stamped(expected, holder, BY);
        const result = stamp(previous, deepFreeze(clone(next)), NOW, BY);
        expect(result, path.join('/')).toEqual(expected);
        expect(recordedAtNow(result)).toEqual(holder ? [holder.path.join('/')] : []);
      }
    });

    it('stamps a new item, and only the new item, in each array of parts', () => {
      for (const path of arraysOf(record)) {
        const added = [...path, String((at(record, path) as unknown[]).length)];
        const next = unstampedItemAppended(record, path);
        const itemParts = partsOf(at(next, added), itemsSchemaAt(schema, path), added);
        if (itemParts.length === 0) continue;
        const expected = clone(next);
        for (const part of itemParts) stamped(expected, part);
        const result = stamp(previous, deepFreeze(clone(next)), NOW);
        expect(result, path.join('/')).toEqual(expected);
        expect(recordedAtNow(result)).toEqual(itemParts.map((p) => p.path.join('/')));
      }
    });

    it('sets recordedBy only on the parts it stamps, and only where the part has one', () => {
      const next = clone(record);
      const edited = parts.filter((part) => editOwn(at(next, part.path) as Data, part.schema));
      const result = stamp(previous, deepFreeze(next), NOW, BY) as unknown;
      for (const part of partsOf(result, schema)) {
        const got = at(result, part.path) as Data;
        const was = at(record, part.path) as Data;
        if (edited.some((e) => e.path.join('/') === part.path.join('/'))) {
          expect(got.recordedBy).toEqual(Object.hasOwn(part.schema.properties ?? {}, 'recordedBy') ? BY : was.recordedBy);
        } else {
          expect(got.recordedBy).toEqual(was.recordedBy);
        }
      }
    });

    it('gives a new record with every part stamped when there was none before', () => {
      const result = stamp(undefined, deepFreeze(unstamped(record)), NOW);
      expect(recordedAtNow(result)).toEqual(parts.map((p) => p.path.join('/')));
    });

    it('returns a new record that shares no object with its inputs', () => {
      const next = deepFreeze(clone(record));
      const result = stamp(previous, next, NOW);
      const inputs = new Set<unknown>([...objectsOf(previous), ...objectsOf(next)]);
      expect(objectsOf(result).filter((o) => inputs.has(o))).toEqual([]);
    });
  });

  it.each(examples.map((e) => [e.name, e.record] as const))('%s: stamps filled in for a form that dropped them give the same findings as before', (_, record) => {
    const before = validate(record).findings.map((f) => `${f.ruleId} ${f.path}`);
    const result = stamp(deepFreeze(clone(record)), deepFreeze(unstamped(record)), NOW);
    expect(validate(result).findings.map((f) => `${f.ruleId} ${f.path}`)).toEqual(before);
  });

  it('lets the ordering rules see a need edited after eligibility was determined', () => {
    const record = valid.find((e) => e.name === 'assessment/complete-eligible.json')!.record;
    const next = clone(record);
    ((next.needs as Data[])[0]!.inPersonsWords as Data).text = 'I can no longer get in and out of the bath at all.';
    const result = stamp(deepFreeze(clone(record)), deepFreeze(next), NOW);
    expect(validate(record).valid).toBe(true);
    expect(validate(result).findings).toContainEqual(expect.objectContaining({ ruleId: 'assessment/needs-before-eligibility', path: `/needs/0/inPersonsWords` }));
  });

  it('stamps a part inside a part on its own: a risk and the person\'s view of it', () => {
    const entry = valid.find((e) => ((e.record.risks as Data[] | undefined) ?? []).some((r) => isObject(r.personsView)));
    expect(entry).toBeDefined();
    const record = entry!.record;
    const index = (record.risks as Data[]).findIndex((r) => isObject(r.personsView));
    const view = clone(record);
    (((view.risks as Data[])[index]!.personsView) as Data).text = 'I would rather take the risk than give up my garden.';
    expect(recordedAtNow(stamp(record, view, NOW))).toEqual([`risks/${index}/personsView`]);
    const risk = clone(record);
    (risk.risks as Data[])[index]!.description = 'Falling on the garden steps when they are wet.';
    expect(recordedAtNow(stamp(record, risk, NOW))).toEqual([`risks/${index}`]);
  });

  it('adds a new need with its words stamped and leaves the other needs alone', () => {
    const record = valid.find((e) => e.name === 'assessment/complete-eligible.json')!.record;
    const next = clone(record);
    const need = clone((record.needs as Data[])[0]!);
    need.id = 'need-new';
    (next.needs as Data[]).unshift(unstamped({ ...next, needs: [need] }).needs[0] as Data);
    const result = stamp(record, next, NOW) as Data;
    const newParts = partsOf(need, itemsSchemaAt(schemaOf(record), ['needs']), ['needs', '0']).map((p) => p.path.join('/'));
    expect(newParts.length).toBeGreaterThan(0);
    expect(recordedAtNow(result)).toEqual(newParts);
    expect((result.needs as Data[]).slice(1)).toEqual(record.needs);
  });

  it('hands back, as they are, the parts a form left as the same objects (immutable updates), stamping only the new path', () => {
    const record = valid.find((e) => e.name === 'assessment/complete-eligible.json')!.record;
    const needs = record.needs as Data[];
    const first = needs[0]!;
    const words = first.inPersonsWords as Data;
    // What JSON Forms' immutable update of one text gives: new objects on the edited path only.
    const next = { ...record, needs: [{ ...first, inPersonsWords: { ...words, text: `${String(words.text)} Mornings are the hardest.` } }, ...needs.slice(1)] };
    const result = stamp(record, next, NOW) as Data;
    expect(((result.needs as Data[])[0]!.inPersonsWords as Data).recordedAt).toBe(NOW);
    expect(recordedAtNow(result)).toEqual(['needs/0/inPersonsWords']);
    expect((result.needs as Data[])[1]).toBe(needs[1]);
    expect(result.goodDay).toBe(record.goodDay);
  });

  it('copies keys the schema does not know, and "__proto__" as a key of its own', () => {
    const record = valid[0]!.record;
    const next = JSON.parse(`${JSON.stringify(record).slice(0, -1)},"__proto__":{"polluted":true},"localNote":{"kept":[1,2]}}`);
    const result = stamp(clone(record), deepFreeze(next), NOW) as Data;
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.hasOwn(result, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(result, '__proto__')?.value).toEqual({ polluted: true });
    expect(result.localNote).toEqual({ kept: [1, 2] });
    expect(({} as Data).polluted).toBeUndefined();
  });

  it.each([
    ['a string that is no date', 'yesterday'],
    ['a date without a time', '2026-03-03'],
    ['a time without a time zone', '2026-03-03T10:30:00'],
    ['an impossible date', '2026-02-30T10:30:00Z'],
    ['an invalid Date', new Date('nonsense')],
    ['a number', 1767225600000],
    ['nothing', undefined],
  ])('refuses %s as "now", in one line', (_, now) => {
    const record = valid[0]!.record;
    const error = thrownBy(() => stamp(record, record, now as Date));
    expect(error).toBeInstanceOf(GoodDayInputError);
    expect(error).toMatchObject({ code: 'unreadable', message: expect.stringMatching(/^stamp\(\) needs "now" [^\n]+$/) });
  });

  it('takes "now" as a Date or an ISO date-time with an offset', () => {
    const record = valid[0]!.record;
    const part = partsOf(record, schemaOf(record))[0]!;
    for (const [now, written] of [[new Date(Date.UTC(2030, 0, 1, 9)), '2030-01-01T09:00:00.000Z'], ['2030-01-01T10:00:00+01:00', '2030-01-01T10:00:00+01:00']] as const) {
      const next = clone(record);
      editOwn(at(next, part.path) as Data, part.schema);
      expect((at(stamp(record, next, now), part.path) as Data).recordedAt).toBe(written);
    }
  });

  it.each([
    ['null', null, 'not-an-object'],
    ['an array', [], 'not-an-object'],
    ['a string', 'assessment', 'not-an-object'],
    ['an object with no $schema', {}, 'no-schema'],
    ['a record of a schema Good Day does not know', { $schema: 'https://example.org/x.json' }, 'unknown-schema'],
  ])('refuses %s as "next"', (_, next, code) => {
    expect(thrownBy(() => stamp(undefined, untyped(next), NOW))).toMatchObject({ name: 'GoodDayInputError', code });
  });

  it('refuses a "previous" that is not an object, a "by" with no role, and values that are not JSON', () => {
    const record = valid[0]!.record;
    expect(thrownBy(() => stamp(untyped('old'), record, NOW))).toMatchObject({ code: 'not-an-object' });
    expect(thrownBy(() => stamp(record, record, NOW, {} as Recorder))).toMatchObject({ code: 'not-an-object' });
    expect(thrownBy(() => stamp(record, { ...record, localNote: new Date() }, NOW))).toMatchObject({ code: 'not-json', message: expect.stringContaining('/localNote') });
    const looped: Data = { ...clone(record) };
    looped.self = looped;
    expect(thrownBy(() => stamp(record, looped, NOW))).toMatchObject({ code: 'not-json' });
  });

  it('never restamps an untouched part nor changes its inputs, whatever the form does (property)', () => {
    const edit = fc.record({ example: fc.nat(), edits: fc.array(fc.nat(), { maxLength: 4 }), deletes: fc.array(fc.nat(), { maxLength: 2 }), reverse: fc.boolean(), strip: fc.boolean(), by: fc.boolean() });
    fc.assert(
      fc.property(edit, ({ example, edits, deletes, reverse, strip, by }) => {
        const record = valid[example % valid.length]!.record;
        const schema = schemaOf(record);
        const parts = partsOf(record, schema);
        const chosen = [...new Set(edits.map((n) => n % parts.length))].map((i) => parts[i]!);
        const next = clone(record);
        const expected = clone(record);
        for (const part of chosen) {
          if (editOwn(at(next, part.path) as Data, part.schema)) {
            editOwn(at(expected, part.path) as Data, part.schema);
            stamped(expected, part, by ? BY : undefined);
            // A changed part keeps the recorder the form gave it when no one new is named.
            if (strip && !by) delete (at(expected, part.path) as Data).recordedBy;
          }
        }
        const arrays = arraysOf(record);
        for (const n of arrays.length > 0 ? deletes : []) {
          const path = arrays[n % arrays.length]!;
          const items = maybeAt(next, path);
          if (!Array.isArray(items) || items.length === 0) continue;
          const index = n % items.length;
          const holder = ownerOf(next, path);
          items.splice(index, 1);
          (at(expected, path) as unknown[]).splice(index, 1);
          if (holder) stamped(expected, holder, by ? BY : undefined);
          if (holder && strip && !by) delete (at(expected, holder.path) as Data).recordedBy;
        }
        if (reverse) for (const path of arraysOf(next)) [next, expected].forEach((r) => (at(r, path) as unknown[]).reverse());
        const before = clone(record);
        const given = strip ? unstamped(next) : next;
        const givenCopy = clone(given);
        const result = stamp(record, given, NOW, by ? BY : undefined);
        expect(result).toEqual(expected);
        expect(record).toEqual(before);
        expect(given).toEqual(givenCopy);
      }),
      { numRuns: 150 },
    );
  });
});

/** The stamped part whose own content an array is, if any: none when the array's items are parts of their own. */
function ownerOf(record: unknown, path: readonly string[]): Part | undefined {
  const schema = schemaOf(record);
  if (isStamped(itemsSchemaAt(schema, path))) return undefined;
  const holders = partsOf(record, schema).filter((p) => p.path.length < path.length && p.path.every((key, i) => path[i] === key));
  const holder = holders.at(-1);
  // A list inside a part that sits in a stamped part is that inner part's content, not the holder's.
  return holder && !partsOf(record, schema).some((p) => p.path.length > holder.path.length && p.path.length <= path.length && p.path.every((key, i) => path[i] === key)) ? holder : undefined;
}

/** The schema of the items of the array at a path of a record. */
function itemsSchemaAt(schema: Schema, path: readonly string[]): Schema {
  return path.reduce<Schema>((s, key) => (/^\d+$/.test(key) ? s.items! : childSchema(s, key)!), schema).items!;
}

/** The record with a copy of an array's first item, its own content changed and its stamps off, added at the end. */
function unstampedItemAppended(record: Data, path: readonly string[]): Data {
  const next = clone(record);
  const items = at(next, path) as unknown[];
  const item = clone(items[0]);
  if (isObject(item) && typeof item.id === 'string') item.id = `${item.id}-new`;
  const itemSchema = itemsSchemaAt(schemaOf(record), path);
  for (const { path: inner } of partsOf(item, itemSchema)) for (const key of STAMPS) delete (at(item, inner) as Data)[key];
  if (isObject(item)) editOwn(item, itemSchema);
  items.push(item);
  return next;
}

/** Every object and array in a value. */
function objectsOf(value: unknown): unknown[] {
  if (typeof value !== 'object' || value === null) return [];
  return [value, ...Object.values(value).flatMap(objectsOf)];
}
