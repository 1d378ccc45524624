import type { SupportPlan } from '@goodday/schemas';
import { describe, expect, it } from 'vitest';
import { completePlan, time } from '../../../test/support-plan-fixture.js';
import { expectRuleCase, type RuleCase } from '../../../test/rule-case.js';
import { validate } from '../../validate.js';

type Case = RuleCase<SupportPlan>;

const arrangement = (p: SupportPlan, i: number, j: number) => p.needsToBeMet![i]!.arrangements![j]!;
const jean = (p: SupportPlan) => arrangement(p, 1, 0);

// Each case changes one thing in a plan that passes every rule, and says which rule (if any) must fire.
const cases: Case[] = [
  // goals-in-persons-words
  { name: 'a goal not in the person\'s words', change: (p) => delete p.goals![0]!.inPersonsWords, fires: 'support-plan/goals-in-persons-words', path: '/goals/0' },
  { name: 'a goal not in the person\'s words, in a draft', change: (p) => { p.status = 'draft'; delete p.goals![0]!.inPersonsWords; }, fires: 'support-plan/goals-in-persons-words', path: '/goals/0' },
  { name: 'a goal put with support, not saying whose', change: (p) => (p.goals![0]!.inPersonsWords!.describedBy = 'person-with-support'), fires: 'support-plan/goals-in-persons-words', path: '/goals/0/inPersonsWords' },
  { name: 'a goal put with her daughter\'s support', change: (p) => Object.assign(p.goals![0]!.inPersonsWords!, { describedBy: 'person-with-support', supportedBy: { relationship: 'daughter' } }) },
  { name: 'a goal in the practitioner\'s words, copied', change: (p) => (p.goals![0]!.practitionerDescription = { text: '  to have a proper bath again and  get back to the Tuesday club. ', recordedAt: time(6) }), fires: 'support-plan/goals-in-persons-words', path: '/goals/0/inPersonsWords/text' },
  { name: 'a goal with separate practitioner wording', change: (p) => (p.goals![0]!.practitionerDescription = { text: 'Personal care: bathing twice weekly; social inclusion.', recordedAt: time(6) }) },

  // how-needs-are-met
  { name: 'no needs to be met', change: (p) => { delete p.needsToBeMet; delete p.personalBudget!.directPayment; p.personalBudget!.howTaken = 'council-managed'; }, fires: 'support-plan/how-needs-are-met', path: '' },
  { name: 'a need with no arrangement', change: (p) => (p.needsToBeMet![1]!.arrangements = []), fires: 'support-plan/how-needs-are-met', path: '/needsToBeMet/1' },
  { name: 'an arrangement not saying when', change: (p) => delete arrangement(p, 0, 1).when, fires: 'support-plan/how-needs-are-met', path: '/needsToBeMet/0/arrangements/1' },
  { name: 'an arrangement not saying what will happen', change: (p) => delete arrangement(p, 0, 0).what, fires: 'support-plan/how-needs-are-met', path: '/needsToBeMet/0/arrangements/0' },
  { name: 'paid support with no provider', change: (p) => delete arrangement(p, 0, 1).provider, fires: 'support-plan/how-needs-are-met', path: '/needsToBeMet/0/arrangements/1' },
  { name: 'family support not saying who', change: (p) => delete jean(p).supporter, fires: 'support-plan/how-needs-are-met', path: '/needsToBeMet/1/arrangements/0' },
  { name: 'equipment not saying what', change: (p) => delete arrangement(p, 0, 0).equipment, fires: 'support-plan/how-needs-are-met', path: '/needsToBeMet/0/arrangements/0' },
  { name: 'reablement needs no named provider', change: (p) => (p.needsToBeMet![0]!.arrangements![1] = { id: 'arr-2', by: 'reablement', what: 'The reablement team practise bathing with her.', when: 'for six weeks', fundedBy: 'council' }) },
  { name: 'a draft still working out how needs are met', change: (p) => { p.status = 'draft'; p.needsToBeMet![1]!.arrangements = []; } },

  // strengths-and-community-first
  { name: 'every need met by paid support', change: (p) => { p.needsToBeMet![0]!.arrangements!.shift(); p.needsToBeMet![1]!.arrangements = [{ id: 'arr-3', by: 'paid-support', what: 'A care worker does the shopping.', when: 'Saturday mornings', provider: 'Homecare North', fundedBy: 'council' }]; }, fires: 'support-plan/strengths-and-community-first', path: '/needsToBeMet', severity: 'warning' },
  { name: 'every need met by paid support or reablement, in a draft', change: (p) => { p.status = 'draft'; p.needsToBeMet = [{ needId: 'need-1', arrangements: [{ id: 'arr-1', by: 'reablement' }] }]; }, fires: 'support-plan/strengths-and-community-first', path: '/needsToBeMet', severity: 'warning' },
  { name: 'one need met partly by the person herself', change: (p) => { p.needsToBeMet![0]!.arrangements!.splice(0, 1, { id: 'arr-1', by: 'person', what: 'She washes her hair at the sink herself.', when: 'when she likes' }); p.needsToBeMet![1]!.arrangements = [{ id: 'arr-3', by: 'paid-support', what: 'A care worker does the shopping.', when: 'Saturday mornings', provider: 'Homecare North', fundedBy: 'council' }]; } },

  // personal-budget
  { name: 'the council pays, with no personal budget', change: (p) => delete p.personalBudget, fires: 'support-plan/personal-budget', path: '' },
  { name: 'no council funding and no personal budget', change: (p) => { arrangement(p, 0, 1).fundedBy = 'person'; delete p.personalBudget; } },
  { name: 'a budget without the person\'s contribution', change: (p) => delete p.personalBudget!.personContribution, fires: 'support-plan/personal-budget', path: '/personalBudget' },
  { name: 'a budget without its period', change: (p) => delete p.personalBudget!.period, fires: 'support-plan/personal-budget', path: '/personalBudget' },
  { name: 'a council amount that does not add up', change: (p) => (p.personalBudget!.councilAmount = 60), fires: 'support-plan/personal-budget', path: '/personalBudget/councilAmount' },
  { name: 'amounts in pence that add up despite floating point', change: (p) => Object.assign(p.personalBudget!, { costToCouncil: 84.1, personContribution: 20.33, councilAmount: 63.77 }) },
  { name: 'a draft with no budget yet', change: (p) => { p.status = 'draft'; delete p.personalBudget; } },

  // direct-payments
  { name: 'direct payments with no details', change: (p) => delete p.personalBudget!.directPayment, fires: 'support-plan/direct-payments', path: '/personalBudget' },
  { name: 'direct payments with no details, in a draft', change: (p) => { p.status = 'draft'; delete p.personalBudget!.directPayment; }, fires: 'support-plan/direct-payments', path: '/personalBudget' },
  { name: 'a direct payment without its frequency', change: (p) => delete p.personalBudget!.directPayment!.frequency, fires: 'support-plan/direct-payments', path: '/personalBudget/directPayment' },
  { name: 'a direct payment covering no needs', change: (p) => (p.personalBudget!.directPayment!.needIds = []), fires: 'support-plan/direct-payments', path: '/personalBudget/directPayment' },
  { name: 'a direct payment covering a need the plan does not meet', change: (p) => p.personalBudget!.directPayment!.needIds!.push('need-9'), fires: 'support-plan/direct-payments', path: '/personalBudget/directPayment/needIds/1' },
  { name: 'a council-managed budget needs no direct payment', change: (p) => { p.personalBudget!.howTaken = 'council-managed'; delete p.personalBudget!.directPayment; } },

  // review-date
  { name: 'no review date', change: (p) => delete p.reviewDate, fires: 'support-plan/review-date', path: '' },
  { name: 'a review date before the plan was agreed', change: (p) => (p.reviewDate = '2026-03-06'), fires: 'support-plan/review-date', path: '/reviewDate' },
  { name: 'a revised plan reviewed 12 months after agreement', change: (p) => { p.isFirstPlan = false; p.reviewDate = '2027-03-07'; } },
  { name: 'a revised plan reviewed 12 months and a day after agreement', change: (p) => { p.isFirstPlan = false; p.reviewDate = '2027-03-08'; }, fires: 'support-plan/review-date', path: '/reviewDate' },
  { name: 'a first plan reviewed 8 weeks after agreement', change: (p) => (p.reviewDate = '2026-05-02') },
  { name: 'a first plan reviewed 8 weeks and a day after agreement', change: (p) => (p.reviewDate = '2026-05-03'), fires: 'support-plan/review-date', path: '/reviewDate', severity: 'warning' },
  { name: 'a first plan reviewed more than 12 months after agreement', change: (p) => (p.reviewDate = '2027-04-01'), fires: 'support-plan/review-date', path: '/reviewDate' },
  { name: 'a draft with no review date yet', change: (p) => { p.status = 'draft'; delete p.reviewDate; } },

  // network-agreement
  { name: 'family support without their willingness', change: (p) => delete jean(p).willing, fires: 'support-plan/network-agreement', path: '/needsToBeMet/1/arrangements/0' },
  { name: 'family support they are not willing to give', change: (p) => (jean(p).willing!.agreed = false), fires: 'support-plan/network-agreement', path: '/needsToBeMet/1/arrangements/0' },
  { name: 'family support without the person\'s agreement, in a draft', change: (p) => { p.status = 'draft'; delete jean(p).personAgreed; }, fires: 'support-plan/network-agreement', path: '/needsToBeMet/1/arrangements/0' },
  { name: 'family support the person did not agree to', change: (p) => (jean(p).personAgreed!.agreed = false), fires: 'support-plan/network-agreement', path: '/needsToBeMet/1/arrangements/0' },
  { name: 'equipment needs no one\'s willingness', change: (p) => { delete arrangement(p, 0, 0).willing; delete arrangement(p, 0, 0).personAgreed; } },

  // risk-enablement
  { name: 'a risk without the person\'s view', change: (p) => delete p.risks![0]!.personsView, fires: 'support-plan/risk-enablement', path: '/risks/0', severity: 'warning' },
  { name: 'a risk without how it is enabled', change: (p) => delete p.risks![0]!.howEnabled, fires: 'support-plan/risk-enablement', path: '/risks/0', severity: 'warning' },
  { name: 'a risk without what could go well is still fine', change: (p) => delete p.risks![0]!.whatCouldGoWell },

  // person-agreed
  { name: 'no agreement recorded', change: (p) => delete p.agreement, fires: 'support-plan/person-agreed', path: '' },
  { name: 'not agreed, with no reason or steps', change: (p) => (p.agreement = { agreed: false, recordedAt: time(7) }), fires: 'support-plan/person-agreed', path: '/agreement' },
  { name: 'not agreed, with a reason but no steps', change: (p) => (p.agreement = { agreed: false, recordedAt: time(7), reasonNotAgreed: 'Wants to think about the care worker.' }), fires: 'support-plan/person-agreed', path: '/agreement' },
  { name: 'not agreed, with the reason and the steps taken', change: (p) => (p.agreement = { agreed: false, recordedAt: time(7), reasonNotAgreed: 'Wants to meet the care worker first.', stepsTaken: 'Meeting arranged for Friday with her friend Jean there.' }) },
  { name: 'a draft not yet agreed', change: (p) => { p.status = 'draft'; delete p.agreement; } },

  // prevention-advice
  { name: 'no advice at all', change: (p) => delete p.advice, fires: 'support-plan/prevention-advice', path: '' },
  { name: 'no advice on prevention', change: (p) => (p.advice = p.advice!.filter((a) => a.topic !== 'preventing-or-delaying-needs')), fires: 'support-plan/prevention-advice', path: '' },
  { name: 'a draft with no advice yet', change: (p) => { p.status = 'draft'; delete p.advice; } },

  // choice-of-support
  { name: 'no record of what was offered', change: (p) => delete p.personalBudget!.offered, fires: 'support-plan/choice-of-support', path: '/personalBudget', severity: 'warning' },
  { name: 'an individual service fund not offered', change: (p) => (p.personalBudget!.offered!.individualServiceFund = false), fires: 'support-plan/choice-of-support', path: '/personalBudget', severity: 'warning' },
  { name: 'a council-managed budget not offered is fine', change: (p) => (p.personalBudget!.offered!.councilManaged = false) },
];

describe('support plan rules', () => {
  it('leave the fixture plan clean', () => {
    expect(validate(completePlan()).findings).toEqual([]);
  });

  it.each(cases.map((c) => [c.name, c]))('%s', (_, c) => expectRuleCase(c, completePlan, validate));

  it('time the review from when the plan was prepared when there is no agreement yet', () => {
    const plan = completePlan();
    delete plan.agreement;
    plan.reviewDate = '2026-03-05';
    const review = validate(plan).findings.filter((f) => f.ruleId === 'support-plan/review-date');
    expect(review.map((f) => f.message)).toEqual(['The review date, 5 March 2026, is before the plan was prepared on 6 March 2026: set a date after it.']);
  });

  it('name the figures when the council\'s amount does not add up', () => {
    const plan = completePlan();
    plan.personalBudget!.councilAmount = 1260;
    plan.personalBudget!.costToCouncil = 1300;
    expect(validate(plan).findings[0]!.message).toBe(
      'The council\'s amount, £1,260.00, should be the cost to the council, £1,300.00, less the person\'s contribution, £20.50, which is £1,279.50: correct whichever figure is wrong.',
    );
  });

  it('never change the plan they check', () => {
    const plan = completePlan();
    plan.agreement = { agreed: false, recordedAt: time(7) };
    const before = structuredClone(plan);
    validate(Object.freeze(plan));
    expect(plan).toEqual(before);
  });
});
