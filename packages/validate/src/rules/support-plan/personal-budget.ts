import type { SupportPlan } from '@goodday/schemas';
import type { Rule } from '../../rule.js';
import { formatPounds, samePounds } from '../money.js';

const parts = [
  ['costToCouncil', 'the cost to the council (costToCouncil)'],
  ['personContribution', 'the person\'s contribution (personContribution)'],
  ['councilAmount', 'the council\'s amount (councilAmount)'],
  ['period', 'the period the amounts cover (period)'],
] as const;

export const personalBudget: Rule<SupportPlan> = {
  id: 'support-plan/personal-budget',
  title: 'Personal budget',
  kind: 'support-plan',
  severity: 'error',
  stage: 'complete',
  message: 'Where the council meets needs, the plan records the personal budget: the cost to the council, the person\'s contribution, and the council\'s amount.',
  hint: 'Add the personal budget: what meeting the needs costs the council, what the person pays after the financial assessment, and what the council pays.',
  source: 'Care Act 2014 s26',
  *check(plan) {
    const councilFunded = (plan.needsToBeMet ?? []).flatMap((need) => need.arrangements ?? []).find((a) => a.fundedBy === 'council');
    const budget = plan.personalBudget;
    if (!budget) {
      if (councilFunded) {
        yield { path: '', message: `The council pays for arrangement ${councilFunded.id}, but the plan has no personal budget: record the cost, the person's contribution and the council's amount.` };
      }
      return;
    }
    const missing = parts.filter(([field]) => budget[field] === undefined).map(([, words]) => words);
    if (missing.length > 0) {
      yield { path: '/personalBudget', message: `The personal budget does not record ${missing.join(' or ')}: add it.` };
      return;
    }
    const { costToCouncil: cost = 0, personContribution: contribution = 0, councilAmount: council = 0 } = budget;
    const expected = cost - contribution;
    if (!samePounds(council, expected)) {
      yield {
        path: '/personalBudget/councilAmount',
        message: `The council's amount, ${formatPounds(council)}, should be the cost to the council, ${formatPounds(cost)}, less the person's contribution, ${formatPounds(contribution)}, which is ${formatPounds(expected)}: correct whichever figure is wrong.`,
      };
    }
  },
};
