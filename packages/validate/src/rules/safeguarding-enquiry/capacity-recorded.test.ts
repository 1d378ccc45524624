import { describe, expect, it } from 'vitest';
import { lacksCapacityDecision } from '../../../test/capacity-decision-fixture.js';
import { concludedEnquiry } from '../../../test/safeguarding-enquiry-fixture.js';
import { validate } from '../../validate.js';

/** The fixture enquiry, saying Arthur lacked capacity as found by the fixture capacity decision MCA-TEST-1. */
function lackedCapacity() {
  const enquiry = concludedEnquiry();
  enquiry.capacity = { lackedCapacity: 'yes', supportedBy: { relationship: 'daughter' }, capacityDecisionId: 'MCA-TEST-1', recordedAt: enquiry.capacity!.recordedAt };
  return enquiry;
}

const findings = (record: unknown, related: unknown[]) =>
  validate(record, { context: { related } }).findings.map((f) => [f.ruleId, f.path, f.message]);

describe('safeguarding-enquiry/capacity-recorded, checked against related capacity decisions', () => {
  it('passes when the capacity decision it names agrees', () => {
    expect(findings(lackedCapacity(), [lacksCapacityDecision()])).toEqual([]);
  });

  it('names the capacity decision when it is not among the related records', () => {
    const other = { ...lacksCapacityDecision(), id: 'MCA-OTHER' };
    expect(findings(lackedCapacity(), [other])).toEqual([
      ['safeguarding-enquiry/capacity-recorded', '/capacity/capacityDecisionId', 'The capacity decision MCA-TEST-1 is not among the related records given: check the id, or give the right record.'],
    ]);
  });

  it('finds an enquiry and a capacity decision that disagree, either way', () => {
    const hasCapacity = lacksCapacityDecision();
    hasCapacity.conclusion!.outcome = 'has-capacity';
    expect(findings(lackedCapacity(), [hasCapacity])).toEqual([
      ['safeguarding-enquiry/capacity-recorded', '/capacity/lackedCapacity', 'The enquiry says the person lacked capacity, but the capacity decision MCA-TEST-1 concludes that the person has capacity: correct whichever is wrong.'],
    ]);
    const enquiry = lackedCapacity();
    enquiry.capacity!.lackedCapacity = 'no';
    expect(findings(enquiry, [lacksCapacityDecision()])).toEqual([
      ['safeguarding-enquiry/capacity-recorded', '/capacity/lackedCapacity', 'The enquiry says the person did not lack capacity, but the capacity decision MCA-TEST-1 concludes that the person lacks capacity: correct whichever is wrong.'],
    ]);
  });

  it('does not look for a capacity decision among related records of other kinds', () => {
    expect(findings(lackedCapacity(), [concludedEnquiry()])).toEqual([]);
  });
});
