import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { CLD_FIELDS, FIELDS_BY_EVENT_TYPE } from './field.js';

const fixture = readFileSync(join(import.meta.dirname, '../test/domain-facts-cld.md'), 'utf8');

it('lists the fields in the order of the reference’s field list, LA_Code to Planned_units_per_week', () => {
  const line = fixture.split('\n').find((l) => l.startsWith('`LA_Code`'))!;
  const names = [...line.split('. Also')[0]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  expect(CLD_FIELDS).toEqual(names);
  expect(CLD_FIELDS[0]).toBe('LA_Code');
  expect(CLD_FIELDS.at(-1)).toBe('Planned_units_per_week');
});

it('names only event types the specification has for the fields some events leave blank', () => {
  for (const types of Object.values(FIELDS_BY_EVENT_TYPE)) for (const t of types!) expect(['Request', 'Assessment', 'Service', 'Review']).toContain(t);
});
