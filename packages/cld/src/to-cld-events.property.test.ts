import fc from 'fast-check';
import { expect, it } from 'vitest';
import { everyExample } from '../test/examples.js';
import { cldCoverage } from './coverage.js';
import { toCldCsv } from './csv.js';
import { personRefOf, toCldEvents } from './to-cld-events.js';

const examples = everyExample().map((e) => e.record);
const options = { laCode: 'E09000012', period: { from: '2026-01-01', to: '2026-12-31' }, personId: personRefOf };

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
};

it('never throws on any example, alone or mixed, and never changes them', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...examples.keys()), { maxLength: 20 }), fc.date({ min: new Date('2025-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }), (picks, day) => {
      const records = picks.map((i) => structuredClone(examples[i]));
      const before = structuredClone(records);
      const from = day.toISOString().slice(0, 10);
      // Frozen: a write anywhere in a record throws in strict mode, so a change cannot pass unseen.
      const { rows, summary } = toCldEvents(records.map(deepFreeze), { ...options, period: { from, to: '2027-12-31' } });
      expect(records).toEqual(before);
      expect(summary.records).toBe(records.length);
      expect(toCldCsv(rows).split('\n')).toHaveLength(rows.length + 2);
      for (const r of records) cldCoverage(r);
    }),
    { numRuns: 200 },
  );
});

it('never throws on an example with any of its values replaced by anything', () => {
  fc.assert(
    fc.property(fc.constantFrom(...examples.keys()), fc.anything(), fc.nat(), (i, value, at) => {
      const record = structuredClone(examples[i]) as Record<string, unknown>;
      const keys = Object.keys(record).filter((k) => k !== '$schema');
      record[keys[at % keys.length]!] = value;
      const { summary } = toCldEvents([record], options);
      expect(summary.records).toBe(1);
      cldCoverage(record);
    }),
    { numRuns: 300 },
  );
});

/** Every path to a value inside a record, its own keys only. */
const pathsIn = (value: unknown, at: (string | number)[] = []): (string | number)[][] =>
  value && typeof value === 'object' ? [at, ...Object.entries(value).flatMap(([k, v]) => pathsIn(v, [...at, Array.isArray(value) ? Number(k) : k]))] : [at];

it('never throws when any value anywhere in an example, however deep, is replaced by a key every object has, or anything', () => {
  const hostile = fc.oneof(fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', ''), fc.anything());
  fc.assert(
    fc.property(fc.constantFrom(...examples.keys()), fc.nat(), hostile, (i, pick, value) => {
      const record = structuredClone(examples[i]) as Record<string, unknown>;
      const paths = pathsIn(record).filter((p) => p.length > 0 && p[0] !== '$schema');
      const path = paths[pick % paths.length]!;
      let parent: any = record;
      for (const key of path.slice(0, -1)) parent = parent[key];
      parent[path.at(-1)!] = value;
      expect(toCldEvents([record], options).summary.records).toBe(1);
      cldCoverage(record);
      expect(({} as Record<string, unknown>).constructor).toBe(Object);
    }),
    { numRuns: 1000 },
  );
});

it('never throws when any one string in any example is a key every object has (all of them, each in turn)', () => {
  for (const example of examples) {
    for (const path of pathsIn(example).filter((p) => p.length > 0 && p[0] !== '$schema')) {
      for (const key of ['constructor', '__proto__', 'toString']) {
        const record = structuredClone(example) as Record<string, unknown>;
        let parent: any = record;
        for (const step of path.slice(0, -1)) parent = parent[step];
        if (typeof parent[path.at(-1)!] !== 'string') continue;
        parent[path.at(-1)!] = key;
        expect(() => toCldEvents([record], options), `${key} at /${path.join('/')}`).not.toThrow();
      }
    }
  }
});

it('never throws on values that are not records at all', () => {
  fc.assert(
    fc.property(fc.array(fc.anything()), (values) => {
      expect(toCldEvents(values, options).summary.records).toBe(values.length);
    }),
  );
});
