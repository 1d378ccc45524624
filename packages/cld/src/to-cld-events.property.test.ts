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

it('never throws on values that are not records at all', () => {
  fc.assert(
    fc.property(fc.array(fc.anything()), (values) => {
      expect(toCldEvents(values, options).summary.records).toBe(values.length);
    }),
  );
});
