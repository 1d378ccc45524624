import type { Review } from '@goodday/schemas';
import { describe, expect, it } from 'vitest';
import { at, completeReview } from '../../../test/review-fixture.js';
import { completePlan } from '../../../test/support-plan-fixture.js';
import { expectRuleCase, type RuleCase } from '../../../test/rule-case.js';
import { validate } from '../../validate.js';

type Case = RuleCase<Review>;

// Each case changes one thing in a review that passes every rule, and says which rule (if any) must fire.
const cases: Case[] = [
  // based-on-plan
  { name: 'no plan named', change: (r) => delete r.reviewOf, fires: 'review/based-on-plan', path: '' },
  { name: 'a plan named without its version', change: (r) => delete r.reviewOf!.planVersion, fires: 'review/based-on-plan', path: '/reviewOf' },

  // persons-view-first
  { name: 'the practitioner\'s view before the person\'s', change: (r) => (r.practitionerView!.recordedAt = at(12, 9)), fires: 'review/persons-view-first', path: ['/whatIsWorking/recordedAt', '/whatIsNotWorking/recordedAt'] },
  { name: 'the result decided before the person was heard', change: (r) => { r.result!.decidedAt = at(11); delete r.practitionerView; }, fires: 'review/persons-view-first', path: ['/whatIsWorking/recordedAt', '/whatIsNotWorking/recordedAt'] },
  { name: 'what is not working missing, with a result', change: (r) => delete r.whatIsNotWorking, fires: 'review/persons-view-first', path: '' },
  { name: 'what is working put with support, not saying whose', change: (r) => (r.whatIsWorking!.describedBy = 'person-with-support'), fires: 'review/persons-view-first', path: '/whatIsWorking' },
  { name: 'the person heard at the same time as the view', change: (r) => (r.practitionerView!.recordedAt = at(12, 11)) },
  { name: 'a draft where the person has not been heard yet and nothing is concluded', change: (r) => { r.status = 'draft'; delete r.whatIsWorking; delete r.whatIsNotWorking; delete r.practitionerView; delete r.result; } },

  // reason-recorded
  { name: 'no reason', change: (r) => delete r.reviewReason, fires: 'review/reason-recorded', path: '' },
  { name: 'not saying planned or unplanned', change: (r) => delete r.reviewType, fires: 'review/reason-recorded', path: '' },
  { name: 'planned, with an unplanned reason', change: (r) => (r.reviewReason = 'unplanned-hospital'), fires: 'review/reason-recorded', path: '/reviewReason' },
  { name: 'unplanned, without saying what led to it', change: (r) => { r.reviewType = 'unplanned'; r.reviewReason = 'unplanned-carer-related'; }, fires: 'review/reason-recorded', path: '/reviewReason' },
  { name: 'unplanned, saying what led to it', change: (r) => Object.assign(r, { reviewType: 'unplanned', reviewReason: 'unplanned-carer-related', reasonDetail: 'Tom has a new job and can no longer help on Saturdays.' }) },

  // outcomes-achieved
  { name: 'a goal without how far it was met', change: (r) => delete r.goals![0]!.met, fires: 'review/outcomes-achieved', path: '/goals/0' },
  { name: 'no goals reviewed', change: (r) => delete r.goals, fires: 'review/outcomes-achieved', path: '' },
  { name: 'a draft with a goal not yet gone through', change: (r) => { r.status = 'draft'; delete r.goals![0]!.met; } },

  // change-leads-to-action
  { name: 'changed needs and no change to the plan', change: (r) => (r.changes!.needsChanged = true), fires: 'review/change-leads-to-action', path: '/result/outcome' },
  { name: 'changed circumstances and a revised plan', change: (r) => { r.changes!.circumstancesChanged = true; r.result!.outcome = 'revise-plan'; } },
  { name: 'the budget reduced by the review itself', change: (r) => (r.result!.personalBudget = 'reduced'), fires: 'review/change-leads-to-action', path: '/result/personalBudget' },
  { name: 'the budget reduced on a revised plan, without a reassessment', change: (r) => { r.changes!.needsChanged = true; r.result!.outcome = 'revise-plan'; r.result!.personalBudget = 'reduced'; }, fires: 'review/change-leads-to-action', path: '/result/personalBudget' },
  { name: 'a reassessment with no date', change: (r) => { r.changes!.needsChanged = true; r.result!.outcome = 'reassess'; }, fires: 'review/change-leads-to-action', path: '/result' },
  { name: 'a reassessment arranged', change: (r) => { r.changes!.needsChanged = true; Object.assign(r.result!, { outcome: 'reassess', reassessmentArrangedFor: '2026-05-20' }); delete r.nextReviewDate; } },
  { name: 'a complete review with no result', change: (r) => delete r.result, fires: 'review/change-leads-to-action', path: '' },

  // carer-involved
  { name: 'the carer did not take part, and no reason', change: (r) => { r.carer!.tookPart = false; r.method = 'service-user-only'; }, fires: 'review/carer-involved', path: '/carer', severity: 'warning' },
  { name: 'the carer did not take part, with the reason', change: (r) => { Object.assign(r.carer!, { tookPart: false, whyNot: 'She did not want Tom there this time.' }); r.method = 'service-user-only'; } },
  { name: 'the carer took part but the method says not', change: (r) => (r.method = 'service-user-only'), fires: 'review/carer-involved', path: '/method', severity: 'warning' },
  { name: 'not saying whether there is a carer', change: (r) => { delete r.carer; r.method = 'service-user-only'; }, fires: 'review/carer-involved', path: '', severity: 'warning' },
  { name: 'no carer', change: (r) => { r.carer = { hasCarer: false, recordedAt: at(12) }; r.method = 'service-user-only'; } },

  // timing
  { name: 'a first review more than 8 weeks after agreement', change: (r) => (r.reviewOf!.planAgreedAt = '2026-03-01T10:00:00Z'), fires: 'review/timing', path: '/reviewedAt', severity: 'warning' },
  { name: 'a later review long after agreement', change: (r) => Object.assign(r.reviewOf!, { planAgreedAt: '2025-05-01T10:00:00Z', firstReview: false }) },
  { name: 'the next review more than 12 months on', change: (r) => (r.nextReviewDate = '2027-05-13'), fires: 'review/timing', path: '/nextReviewDate', severity: 'warning' },
  { name: 'the next review before this one', change: (r) => (r.nextReviewDate = '2026-05-01'), fires: 'review/timing', path: '/nextReviewDate', severity: 'warning' },
  { name: 'no next review date', change: (r) => delete r.nextReviewDate, fires: 'review/timing', path: '', severity: 'warning' },

  // advocacy
  { name: 'substantial difficulty and no one to support her', change: (r) => (r.substantialDifficulty = { areas: ['retaining'], recordedAt: at(12) }), fires: 'review/advocacy', path: '/substantialDifficulty' },
  { name: 'substantial difficulty, with an advocate', change: (r) => Object.assign(r, { substantialDifficulty: { areas: ['retaining'], recordedAt: at(12) }, advocacy: { involved: true, type: 'care-act', recordedAt: at(12) } }) },
];

describe('review rules', () => {
  it('leave the fixture review clean, alone and beside the plan it reviews', () => {
    expect(validate(completeReview()).findings).toEqual([]);
    expect(validate(completeReview(), { context: { related: [completePlan()] } }).findings).toEqual([]);
  });

  it.each(cases.map((c) => [c.name, c]))('%s', (_, c) => expectRuleCase(c, completeReview, validate));

  describe('beside the plan it reviews (context.related)', () => {
    const withPlan = (review: Review, plan = completePlan()) => validate(review, { context: { related: [plan] } }).findings.map((f) => [f.ruleId, f.path, f.message]);

    it('name every goal of the plan a complete review leaves out', () => {
      const plan = completePlan();
      plan.goals!.push({ id: 'goal-2', inPersonsWords: { text: 'To see my grandchildren more.', describedBy: 'person', recordedAt: at(1) } });
      expect(withPlan(completeReview(), plan)).toEqual([['review/based-on-plan', '/goals', 'The review does not look at goal goal-2 of the plan PLAN-TEST-1: review every goal of the plan with the person.']]);
      const draft = completeReview();
      draft.status = 'draft';
      expect(withPlan(draft, plan)).toEqual([]);
    });

    it('name a goal the plan does not have', () => {
      const review = completeReview();
      review.goals!.push({ goalId: 'goal-9', met: 'fully-met' });
      expect(withPlan(review)).toEqual([['review/based-on-plan', '/goals/1/goalId', 'Goal goal-9 is not in the plan PLAN-TEST-1: correct the id.']]);
    });

    it('say so when the plan named is not among the records given', () => {
      const review = completeReview();
      review.reviewOf!.planId = 'PLAN-OTHER';
      expect(withPlan(review)).toEqual([['review/based-on-plan', '/reviewOf', 'The plan PLAN-OTHER (version 1.1.0) is not among the related records given: check the id and version, or give the right plan.']]);
    });
  });

  it('say a same-day conclusion came first in words, not two equal dates', () => {
    const review = completeReview();
    review.practitionerView!.recordedAt = at(12, 9);
    const messages = validate(review).findings.map((f) => f.message);
    expect(messages[0]).toBe('What is working in the person\'s words was recorded after the practitioner\'s view, on the same day (12 May 2026): hear the person before concluding, and record when they said it.');
  });

  it('never change the review it checks', () => {
    const review = completeReview();
    review.changes!.needsChanged = true;
    const before = JSON.stringify(review);
    validate(review, { context: { related: [completePlan()] } });
    expect(JSON.stringify(review)).toBe(before);
  });
});
