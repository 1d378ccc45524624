import type { SafeguardingEnquiry } from '@goodday/schemas';
import { describe, expect, it } from 'vitest';
import { concludedEnquiry, time } from '../../../test/safeguarding-enquiry-fixture.js';
import { expectRuleCase, type RuleCase } from '../../../test/rule-case.js';
import { validate } from '../../validate.js';

type Case = RuleCase<SafeguardingEnquiry>;

const msp = (e: SafeguardingEnquiry) => e.makingSafeguardingPersonal!;
const outcome = (e: SafeguardingEnquiry) => msp(e).outcomes![0]!;
const open = (e: SafeguardingEnquiry) => {
  e.status = 'open';
  delete e.conclusion;
};
const difficulty = (e: SafeguardingEnquiry) => (e.substantialDifficulty = { areas: ['retaining', 'using-or-weighing'], recordedAt: time(3) });

// Each case changes one thing in an enquiry that passes every rule, and says which rule (if any) must fire.
const cases: Case[] = [
  // s42-conditions
  { name: 'a section 42 enquiry missing a condition', change: (e) => e.s42Decision!.conditions!.pop(), fires: 'safeguarding-enquiry/s42-conditions', path: '/s42Decision' },
  { name: 'a section 42 enquiry with no conditions, while open', change: (e) => { open(e); delete e.s42Decision!.conditions; }, fires: 'safeguarding-enquiry/s42-conditions', path: '/s42Decision' },
  { name: 'a section 42 enquiry with a condition not met', change: (e) => (e.s42Decision!.conditions![2]!.met = false), fires: 'safeguarding-enquiry/s42-conditions', path: '/s42Decision/conditions/2' },
  { name: 'an other enquiry with a condition not met', change: (e) => { e.s42Decision!.enquiryType = 'other'; e.s42Decision!.conditions![2]!.met = false; } },
  { name: 'an other enquiry without conditions', change: (e) => { e.s42Decision!.enquiryType = 'other'; delete e.s42Decision!.conditions; } },

  // outcomes-asked-first
  { name: 'asked after the first action', change: (e) => (msp(e).askedAt = time(4)), fires: 'safeguarding-enquiry/outcomes-asked-first', path: '/makingSafeguardingPersonal/askedAt' },
  { name: 'asked an hour after the first action, while open', change: (e) => { open(e); msp(e).askedAt = time(3, 11); }, fires: 'safeguarding-enquiry/outcomes-asked-first', path: '/makingSafeguardingPersonal/askedAt' },
  { name: 'asked in the same visit as the first action', change: (e) => (msp(e).askedAt = e.actions![0]!.at) },
  { name: 'asked before the first action, actions out of order', change: (e) => { e.actions!.reverse(); msp(e).askedAt = time(2); } },
  { name: 'actions before anyone asked, actions out of order', change: (e) => { e.actions!.reverse(); e.actions![0]!.at = time(2); }, fires: 'safeguarding-enquiry/outcomes-asked-first', path: '/makingSafeguardingPersonal/askedAt' },
  { name: 'not asked at all', change: (e) => { msp(e).asked = 'no'; delete msp(e).outcomes; }, fires: 'safeguarding-enquiry/outcomes-asked-first', path: '/makingSafeguardingPersonal/asked' },
  { name: 'no record of asking, while open with actions', change: (e) => { open(e); delete e.makingSafeguardingPersonal; }, fires: 'safeguarding-enquiry/outcomes-asked-first', path: '' },
  { name: 'asked, but not when', change: (e) => delete msp(e).askedAt, fires: 'safeguarding-enquiry/outcomes-asked-first', path: '/makingSafeguardingPersonal' },
  { name: 'an open enquiry with no actions yet and no asking yet', change: (e) => { open(e); delete e.actions; delete e.makingSafeguardingPersonal; } },
  { name: 'asked, and no outcomes expressed', change: (e) => { msp(e).asked = 'yes-no-outcomes-expressed'; delete msp(e).outcomes; } },

  // outcomes-in-persons-words
  { name: 'an outcome not in anyone\'s words', change: (e) => delete outcome(e).inPersonsWords, fires: 'safeguarding-enquiry/outcomes-in-persons-words', path: '/makingSafeguardingPersonal/outcomes/0' },
  { name: 'outcomes expressed but none recorded', change: (e) => delete msp(e).outcomes, fires: 'safeguarding-enquiry/outcomes-in-persons-words', path: '/makingSafeguardingPersonal' },
  { name: 'an outcome from a representative not named', change: (e) => (outcome(e).inPersonsWords!.describedBy = 'representative'), fires: 'safeguarding-enquiry/outcomes-in-persons-words', path: '/makingSafeguardingPersonal/outcomes/0/inPersonsWords' },
  { name: 'an outcome from his daughter as his representative', change: (e) => Object.assign(outcome(e).inPersonsWords!, { describedBy: 'representative', supportedBy: { relationship: 'daughter' } }) },
  { name: 'an outcome in the practitioner\'s words, copied', change: (e) => (outcome(e).practitionerDescription = { text: outcome(e).inPersonsWords!.text.toUpperCase(), recordedAt: time(3) }), fires: 'safeguarding-enquiry/outcomes-in-persons-words', path: '/makingSafeguardingPersonal/outcomes/0/inPersonsWords/text' },

  // advocacy
  { name: 'substantial difficulty, no appropriate person and no advocate', change: difficulty, fires: 'safeguarding-enquiry/advocacy', path: '/substantialDifficulty' },
  { name: 'substantial difficulty, with his daughter as appropriate person', change: (e) => { difficulty(e); e.appropriatePerson = { relationship: 'daughter', personAgreed: true, recordedAt: time(3) }; e.meetings![0]!.supportedBy = { relationship: 'daughter' }; } },
  { name: 'substantial difficulty, his support worker as appropriate person', change: (e) => { difficulty(e); e.appropriatePerson = { relationship: 'support worker', personAgreed: true, paidOrProfessional: true, recordedAt: time(3) }; e.meetings![0]!.supportedBy = { relationship: 'support worker' }; }, fires: 'safeguarding-enquiry/advocacy', path: '/appropriatePerson' },
  { name: 'substantial difficulty, his daughter as appropriate person in his best interests', change: (e) => { difficulty(e); e.appropriatePerson = { relationship: 'daughter', inBestInterests: true, paidOrProfessional: false, recordedAt: time(3) }; e.meetings![0]!.supportedBy = { relationship: 'daughter' }; } },
  { name: 'substantial difficulty, with a Care Act advocate', change: (e) => { difficulty(e); e.advocacy = { involved: true, type: 'care-act', involvedFrom: time(3), recordedAt: time(3) }; } },

  // capacity-recorded
  { name: 'capacity not recorded at conclusion', change: (e) => delete e.capacity, fires: 'safeguarding-enquiry/capacity-recorded', path: '' },
  { name: 'capacity marked not recorded', change: (e) => (e.capacity!.lackedCapacity = 'not-recorded'), fires: 'safeguarding-enquiry/capacity-recorded', path: '/capacity/lackedCapacity' },
  { name: 'lacked capacity, with no supporter or capacity decision', change: (e) => (e.capacity!.lackedCapacity = 'yes'), fires: 'safeguarding-enquiry/capacity-recorded', path: '/capacity' },
  { name: 'lacked capacity, with his daughter and the capacity decision', change: (e) => Object.assign(e.capacity!, { lackedCapacity: 'yes', supportedBy: { relationship: 'daughter' }, capacityDecisionId: 'MCA-2026-1' }) },
  { name: 'capacity not known, said so', change: (e) => (e.capacity!.lackedCapacity = 'dont-know') },
  { name: 'capacity not yet recorded while open', change: (e) => { open(e); delete e.capacity; } },

  // outcomes-achieved
  { name: 'an outcome not marked achieved at conclusion', change: (e) => delete outcome(e).achieved, fires: 'safeguarding-enquiry/outcomes-achieved', path: '/makingSafeguardingPersonal/outcomes/0' },
  { name: 'an outcome partly achieved', change: (e) => (outcome(e).achieved = 'partially-achieved') },
  { name: 'an outcome not yet achieved while open', change: (e) => { open(e); delete outcome(e).achieved; } },

  // risk-outcome
  { name: 'no risk assessment outcome', change: (e) => delete e.conclusion!.riskAssessmentOutcome, fires: 'safeguarding-enquiry/risk-outcome', path: '/conclusion' },
  { name: 'risk identified and acted on, with no risk outcome', change: (e) => delete e.conclusion!.riskOutcome, fires: 'safeguarding-enquiry/risk-outcome', path: '/conclusion' },
  { name: 'a risk outcome where no risk was identified', change: (e) => (e.conclusion!.riskAssessmentOutcome = 'no-risk-no-action'), fires: 'safeguarding-enquiry/risk-outcome', path: '/conclusion/riskOutcome' },
  { name: 'no risk identified, and no risk outcome', change: (e) => { e.conclusion!.riskAssessmentOutcome = 'no-risk-no-action'; delete e.conclusion!.riskOutcome; } },
  { name: 'risk remained, with no reason', change: (e) => (e.conclusion!.riskOutcome = 'risk-remained'), fires: 'safeguarding-enquiry/risk-outcome', path: '/conclusion' },
  { name: 'risk remained by his informed choice', change: (e) => Object.assign(e.conclusion!, { riskOutcome: 'risk-remained', whyRiskRemains: { reason: 'persons-choice', explanation: 'Arthur chose to keep lending Dave small amounts.' } }) },

  // persons-view-at-close
  { name: 'no view of the person at conclusion', change: (e) => delete e.conclusion!.personsView, fires: 'safeguarding-enquiry/persons-view-at-close', path: '/conclusion', severity: 'warning' },

  // person-involved
  { name: 'not invited to a meeting about him', change: (e) => (e.meetings![0]!.personInvited = false), fires: 'safeguarding-enquiry/person-involved', path: '/meetings/0', severity: 'warning' },
  { name: 'not invited, while open', change: (e) => { open(e); e.meetings![0]!.personInvited = false; }, fires: 'safeguarding-enquiry/person-involved', path: '/meetings/0', severity: 'warning' },
  { name: 'needing support at a meeting, with his daughter as appropriate person but no one supporting him there', change: (e) => { difficulty(e); e.appropriatePerson = { relationship: 'daughter', personAgreed: true, recordedAt: time(3) }; }, fires: 'safeguarding-enquiry/person-involved', path: '/meetings/0', severity: 'warning' },
  { name: 'invited, and chose not to go', change: (e) => Object.assign(e.meetings![0]!, { personAttended: false, notes: 'Arthur asked his daughter to go and say what he wants.' }) },
];

describe('safeguarding enquiry rules', () => {
  it('leave the fixture enquiry clean', () => {
    expect(validate(concludedEnquiry()).findings).toEqual([]);
  });

  it.each(cases.map((c) => [c.name, c]))('%s', (_, c) => expectRuleCase(c, concludedEnquiry, validate));

  it('name the condition that is not met, in the Act\'s words', () => {
    const enquiry = concludedEnquiry();
    enquiry.s42Decision!.conditions = enquiry.s42Decision!.conditions!.slice(0, 1);
    expect(validate(enquiry).findings[0]!.message).toBe(
      'This is recorded as a section 42 enquiry, but not whether there is reasonable cause to suspect that the person is experiencing, or is at risk of, abuse or neglect; or that they as a result of those needs is unable to protect himself or herself against the abuse or neglect or the risk of it: record each condition and why.',
    );
  });

  it('date the first action in the message, whatever order actions are recorded in', () => {
    const enquiry = concludedEnquiry();
    enquiry.actions!.reverse();
    msp(enquiry).askedAt = time(7);
    expect(validate(enquiry).findings[0]!.message).toBe(
      'The person was asked what they want on 7 April 2026, after the enquiry\'s first action (act-1, 3 April 2026): ask first, so that what they want shapes what is done.',
    );
  });

  it('name a meeting by its id, not by what it was for, which is free text (a finding quoted it)', () => {
    const enquiry = concludedEnquiry();
    Object.assign(enquiry.meetings![0]!, { purpose: 'meeting with Mrs Patel about her son', personInvited: false });
    const finding = validate(enquiry).findings.find((f) => f.ruleId === 'safeguarding-enquiry/person-involved')!;
    expect(finding.message).toBe(`The person was not invited to meeting ${enquiry.meetings![0]!.id}: invite them to meetings about them, with support if they need it.`);
  });

  it('never change the enquiry they check', () => {
    const enquiry = concludedEnquiry();
    delete enquiry.conclusion!.personsView;
    const before = structuredClone(enquiry);
    validate(Object.freeze(enquiry));
    expect(enquiry).toEqual(before);
  });
});
