import type { SupportPlan } from '@goodday/schemas';
import type { Rule } from '../../rule.js';

export const choiceOfSupport: Rule<SupportPlan> = {
  id: 'support-plan/choice-of-support',
  title: 'Choice of support',
  kind: 'support-plan',
  severity: 'warning',
  stage: 'draft',
  message: 'Where there is a personal budget, direct payments and an individual service fund were offered.',
  hint: 'Explain each way of taking the budget to the person, and record in personalBudget.offered what was offered.',
  source: 'HICM action card 4.2',
  *check(plan) {
    const budget = plan.personalBudget;
    if (!budget) return;
    const missing = [
      budget.offered?.directPayment === true ? undefined : 'direct payments',
      budget.offered?.individualServiceFund === true ? undefined : 'an individual service fund',
    ].filter(Boolean);
    if (missing.length > 0) {
      yield { path: '/personalBudget', message: `The plan does not record that ${missing.join(' or ')} ${missing.length > 1 ? 'were' : 'was'} offered: offer the choice and record it in offered.` };
    }
  },
};
