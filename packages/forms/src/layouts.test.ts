import { Ajv } from 'ajv';
import { recordKinds, type RecordKind } from '@goodday/schemas';
import { validate } from '@goodday/validate';
import { describe, expect, it } from 'vitest';
import { examplesOf } from '../../../test/examples.js';
import { formSchema } from './form-schema.js';
import { holds, isOpen } from './layout.js';
import { layouts } from './layouts.js';

const examples = examplesOf;
const sectionOf = (kind: RecordKind, field: string) => layouts[kind].sections.findIndex((s) => s.fields.includes(field));

describe('the order of the conversation', () => {
  it.each(recordKinds)('%s: every field of the form schema is in exactly one step', (kind) => {
    const fields = Object.keys(formSchema(kind).properties ?? {}).filter((f) => f !== '$schema');
    const laid = layouts[kind].sections.flatMap((s) => s.fields);
    expect([...laid].sort()).toEqual([...fields].sort());
    expect(new Set(laid).size).toBe(laid.length);
  });

  it('follows the law: a good day before needs, needs before eligibility; the four questions before impairment; best interests last; what the person wants before actions; needs before the budget', () => {
    const before = (kind: RecordKind, first: string, then: string) => expect(sectionOf(kind, first), `${kind}: ${first} before ${then}`).toBeLessThan(sectionOf(kind, then));
    before('assessment', 'goodDay', 'needs');
    before('assessment', 'strengths', 'needs');
    before('assessment', 'needs', 'eligibility');
    expect(sectionOf('assessment', 'eligibility')).toBe(layouts.assessment.sections.length - 1);
    before('capacity-decision', 'practicableSteps', 'functionalTest');
    before('capacity-decision', 'functionalTest', 'impairment');
    before('capacity-decision', 'conclusion', 'bestInterests');
    before('safeguarding-enquiry', 'makingSafeguardingPersonal', 'actions');
    before('support-plan', 'needsToBeMet', 'personalBudget');
  });

  it.each(recordKinds)('%s: a step waits only for a field of an earlier step', (kind) => {
    layouts[kind].sections.forEach((section, index) => {
      if (section.waits) expect(sectionOf(kind, section.waits.field)).toBeLessThan(index);
    });
  });

  it.each(recordKinds)('%s: an empty record opens the steps that wait for nothing, and no other', (kind) => {
    for (const section of layouts[kind].sections) expect(isOpen(section, { $schema: formSchema(kind).properties!.$schema!.const }), section.id).toBe(!section.waits);
  });

  it.each(recordKinds)('%s: no valid example holds a field its form would have kept closed', (kind) => {
    let checked = 0;
    for (const { name, record } of examples(kind).filter((e) => validate(e.record).valid)) {
      for (const section of layouts[kind].sections) {
        const filled = section.fields.filter((f) => record[f] !== undefined);
        // Drafts may stop anywhere; a filled step of a complete record must have been open.
        if (filled.length > 0 && record.status !== 'draft' && record.status !== 'open') expect(isOpen(section, record), `${name}: ${section.id} holds ${filled.join(', ')}`).toBe(true);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('holds (the conditions a step waits for)', () => {
  const ajv = new Ajv({ strict: false });
  const conditions = recordKinds.flatMap((kind) => layouts[kind].sections.flatMap((s) => (s.waits ? [{ kind, ...s.waits }] : [])));

  it('reads each condition as JSON Schema does, on every example field and on changed copies of it', () => {
    let compared = 0;
    for (const { kind, field, schema } of conditions) {
      const check = ajv.compile(schema);
      const values: unknown[] = [null, 0, 'text', true, [], {}, [{}], [null], { outcome: 'has-capacity' }, { outcome: 'lacks-capacity' }, { asked: 'yes' }];
      for (const { record } of examples(kind)) {
        const value = record[field];
        if (value === undefined) continue;
        values.push(value);
        if (Array.isArray(value)) values.push(value.slice(1), value.map((item) => (item && typeof item === 'object' ? Object.fromEntries(Object.entries(item).slice(1)) : item)));
        else if (value && typeof value === 'object') for (const key of Object.keys(value)) values.push(Object.fromEntries(Object.entries(value).filter(([k]) => k !== key)));
      }
      for (const value of values) {
        expect(holds(schema, value), `${kind} ${field}: ${JSON.stringify(value).slice(0, 80)}`).toBe(check(value));
        compared++;
      }
      expect(holds(schema, undefined)).toBe(false);
    }
    expect(compared).toBeGreaterThan(60);
  });
});
