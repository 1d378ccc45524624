import { describe, expect, it } from 'vitest';
import { carersAssessment, everyExample, example } from '../test/examples.js';
import { CLD_FIELDS, METHOD_OF_REVIEW } from './field.js';
import { CldOptionsError, type CldOptions } from './options.js';
import { cldSummaryLine } from './summary.js';
import { cldEventsOf, personRefOf, toCldEvents } from './to-cld-events.js';

const Q1: CldOptions = { laCode: 'E09000012', laName: 'Hackney', period: { from: '2026-04-01', to: '2026-06-30' }, personId: personRefOf };
const YEAR: CldOptions = { ...Q1, period: { from: '2026-01-01', to: '2027-12-31' } };

describe('toCldEvents', () => {
  it('fills every column, the caller’s fields from the options, the person’s identifier passed through', () => {
    const [row] = toCldEvents([example('assessment', 'complete-not-eligible')], Q1).rows;
    expect(Object.keys(row!)).toEqual([...CLD_FIELDS, METHOD_OF_REVIEW]);
    expect(row).toMatchObject({
      LA_Code: 'E09000012',
      LA_Name: 'Hackney',
      Reporting_Period_Start_Date: '2026-04-01',
      Reporting_Period_End_Date: '2026-06-30',
      Der_Unique_Record_ID: 'ASM-2026-00057',
      Der_LA_Person_Unique_Identifier_Pseudo: 'P-100478',
      Client_Type: 'Service User',
      Event_Type: 'Assessment',
      Event_Start_Date: '2026-04-14',
      Event_End_Date: '2026-04-21',
      Gender: 'Data Not Held - System Level',
      Request_Route_of_Access: '',
      Review_Reason: '',
      Service_Type: '',
      Method_of_Review: '',
    });
  });

  it('takes the person identifier from a function, a Map or an object keyed by person reference; a missing one is not held', () => {
    const record = example('assessment', 'complete-not-eligible');
    const idWith = (personId: CldOptions['personId']) => toCldEvents([record], { ...Q1, personId }).rows[0]!.Der_LA_Person_Unique_Identifier_Pseudo;
    expect(idWith(() => 'PSEUDO-1')).toBe('PSEUDO-1');
    expect(idWith(new Map([['P-100478', 'PSEUDO-2']]))).toBe('PSEUDO-2');
    expect(idWith({ 'P-100478': 'PSEUDO-3' })).toBe('PSEUDO-3');
    expect(idWith({})).toBe('Data Not Held - Individual Level');
    // "constructor" is a key of every object, not a person's reference.
    record.person.personRef = 'constructor';
    expect(idWith({})).toBe('Data Not Held - Individual Level');
  });

  it('passes the council’s person-level fields through as given', () => {
    const { rows, summary } = toCldEvents([example('assessment', 'complete-not-eligible')], { ...Q1, person: () => ({ Gender: '1', Ethnicity: 'A1' }) });
    expect(rows[0]).toMatchObject({ Gender: '1', Ethnicity: 'A1', Der_Birth_Year: 'Data Not Held - System Level' });
    expect(summary.notHeld.Gender).toBeUndefined();
  });

  it('counts an assessment completed in the period, whenever it started, and not one completed after', () => {
    const record = example('assessment', 'complete-not-eligible');
    record.startedAt = '2026-03-01T10:00:00Z';
    expect(toCldEvents([record], Q1).rows).toHaveLength(1);
    record.completedAt = '2026-07-01T09:00:00Z';
    const { rows, summary } = toCldEvents([record], Q1);
    expect(rows).toHaveLength(0);
    expect(summary.skipped).toEqual({ assessment: { 'outside the period': 1 } });
  });

  it('counts the period’s first and last days', () => {
    const record = example('assessment', 'complete-not-eligible');
    for (const [day, counted] of [['2026-04-01', 1], ['2026-06-30', 1], ['2026-03-31', 0], ['2026-07-01', 0]] as const) {
      record.completedAt = `${day}T23:30:00+01:00`;
      expect(toCldEvents([record], Q1).rows).toHaveLength(counted);
    }
  });

  it('counts a service active in the period, started before it and still running', () => {
    const plan = example('support-plan', 'complete-direct-payment');
    expect(toCldEvents([plan], Q1).rows.map((r) => [r.Event_Start_Date, r.Event_End_Date])).toEqual([['2026-03-24', '']]);
    expect(toCldEvents([plan], { ...Q1, period: { from: '2026-01-01', to: '2026-03-23' } }).rows).toHaveLength(0);
  });

  it('leaves out drafts, cancelled records and kinds CLD excludes, saying why by kind', () => {
    const cancelled = { ...example('assessment', 'complete-eligible'), status: 'cancelled' };
    const { rows, summary } = toCldEvents([example('assessment', 'draft'), cancelled, example('safeguarding-enquiry', 'concluded-outcomes-achieved'), example('capacity-decision', 'complete-has-capacity'), { hello: 'world' }, null], YEAR);
    expect(rows).toEqual([]);
    expect(summary).toMatchObject({
      records: 6,
      rows: 0,
      skipped: {
        assessment: { draft: 1, cancelled: 1 },
        'safeguarding-enquiry': { 'CLD excludes safeguarding and mental capacity work': 1 },
        'capacity-decision': { 'CLD excludes safeguarding and mental capacity work': 1 },
        unknown: { 'not a Good Day record': 2 },
      },
    });
  });

  it.each(['__proto__', 'constructor', 'tenancy'])('counts a record naming a kind %j that Good Day does not have as unknown, touching no prototype (regression)', (kind) => {
    const record = { $schema: `https://goodday.dev/schemas/${kind}/1.0.0.json`, id: 'X-1', status: 'complete' };
    const { summary } = toCldEvents([record], Q1);
    expect(summary.skipped).toEqual({ unknown: { 'not a Good Day record': 1 } });
    expect(({} as Record<string, unknown>)['not a Good Day record']).toBeUndefined();
    expect((Object as unknown as Record<string, unknown>)['not a Good Day record']).toBeUndefined();
  });

  it('maps a carer’s assessment for the carer, with the carer’s own reference', () => {
    const [row] = toCldEvents([carersAssessment()], Q1).rows;
    expect(row).toMatchObject({ Client_Type: 'Carer', Event_Type: 'Assessment', Der_LA_Person_Unique_Identifier_Pseudo: 'P-200118', Assessment_Type: 'Long Term Assessment' });
  });

  it('summarises rows by event type, not-held fields by field and records left out, in one line', () => {
    const records = [example('assessment', 'complete-not-eligible'), example('support-plan', 'complete-managed-budget'), example('assessment', 'draft'), example('safeguarding-enquiry', 'open')];
    const { rows, summary } = toCldEvents(records, Q1);
    expect(rows).toHaveLength(4);
    expect(summary.rowsByEventType).toEqual({ Assessment: 1, Service: 3 });
    expect(summary.notHeld.Gender).toBe(4);
    expect(summary.notHeld.Service_Type).toBe(3);
    expect(summary.notHeld.Event_Outcome).toBe(3);
    expect(summary.notHeld.LA_Name).toBeUndefined();
    const line = cldSummaryLine(summary);
    expect(line).not.toContain('\n');
    expect(line).toMatch(/^4 rows \(1 Assessment, 3 Service\) from 4 records; fields not held: .*Gender 4.*Service_Type 3.*; no row from 2 records: assessment 1 \(draft\), safeguarding-enquiry 1 \(CLD excludes safeguarding and mental capacity work\)$/);
  });

  it('says when nothing was not held', () => {
    expect(cldSummaryLine({ records: 0, rows: 0, rowsByEventType: {}, notHeld: {}, skipped: {} })).toBe('0 rows from 0 records; no field not held');
  });

  it.each([
    [{ laCode: 'Hackney' }, /ONS code such as E09000012/],
    [{ laCode: 'E05000012' }, /ONS code/],
    [{ period: { from: '1 April 2026', to: '2026-06-30' } }, /start on an ISO date/],
    [{ period: { from: '2026-04-01', to: '2026-06-31' } }, /end on an ISO date/],
    [{ period: { from: '2026-07-01', to: '2026-06-30' } }, /starts \(2026-07-01\) after it ends \(2026-06-30\)/],
    [{ personId: undefined }, /give personId/],
  ])('throws a one-line CldOptionsError for %j', (change, message) => {
    const attempt = () => toCldEvents([], { ...Q1, ...change } as CldOptions);
    expect(attempt).toThrow(CldOptionsError);
    expect(attempt).toThrow(message);
  });

  it('gives every row of the examples a unique record id', () => {
    const complete = everyExample().filter((e) => !e.name.startsWith('invalid-') && !e.name.startsWith('warning-') && !e.name.startsWith('labelled-'));
    const ids = toCldEvents(complete.map((e) => e.record), YEAR).rows.map((r) => r.Der_Unique_Record_ID);
    expect(ids.length).toBeGreaterThan(5);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('cldEventsOf counts into a summary only when given one', () => {
    expect(cldEventsOf(example('assessment', 'complete-not-eligible'), Q1)).toHaveLength(1);
  });
});
