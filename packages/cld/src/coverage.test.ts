import { describe, expect, it } from 'vitest';
import { example } from '../test/examples.js';
import { cldCoverage, COVERAGE_FIELDS } from './coverage.js';

describe('cldCoverage', () => {
  it('says which fields an assessment can supply, whatever the period; the caller’s fields are not counted', () => {
    const found = cldCoverage(example('assessment', 'complete-eligible'));
    if (!('fields' in found)) throw new Error('skipped');
    expect(found.fields.get('Assessment_Type')).toBe(true);
    expect(found.fields.get('Event_Outcome')).toBe(true);
    expect(found.fields.get('Gender')).toBe(false);
    expect(found.fields.has('Service_Type')).toBe(false);
    expect(found.fields.has('LA_Code')).toBe(false);
    expect(COVERAGE_FIELDS).not.toContain('Reporting_Period_Start_Date');
  });

  it('counts a field supplied when any of a plan’s services holds it', () => {
    const found = cldCoverage(example('support-plan', 'complete-managed-budget'));
    if (!('fields' in found)) throw new Error('skipped');
    expect(found.fields.get('Delivery_Mechanism')).toBe(true);
    expect(found.fields.get('Service_Type')).toBe(false);
    expect(found.fields.get('Unit_Cost')).toBe(false);
    // A running service's end date is blank by right, not missing.
    expect(found.fields.has('Event_End_Date')).toBe(false);
  });

  it('counts the person identifier supplied when the record gives a person reference', () => {
    const record = example('review', 'complete-first-review');
    const withRef = cldCoverage(record);
    delete record.person;
    const without = cldCoverage(record);
    if (!('fields' in withRef) || !('fields' in without)) throw new Error('skipped');
    expect(withRef.fields.get('Der_LA_Person_Unique_Identifier_Pseudo')).toBe(true);
    expect(without.fields.get('Der_LA_Person_Unique_Identifier_Pseudo')).toBe(false);
  });

  it('says why a record implies no event', () => {
    expect(cldCoverage(example('assessment', 'draft'))).toEqual({ kind: 'assessment', skipped: 'draft' });
  });
});
