import type { SupportPlan } from '@goodday/schemas';
import { pointer } from '../../json-pointer.js';
import type { Rule } from '../../rule.js';

export const directPayments: Rule<SupportPlan> = {
  id: 'support-plan/direct-payments',
  title: 'Direct payments offered',
  kind: 'support-plan',
  severity: 'error',
  stage: 'draft',
  message: 'Where needs are met by direct payments, the plan records which needs they cover, the amount and how often they are paid.',
  hint: 'In personalBudget.directPayment, list the needs the payments cover, the amount of each payment and how often it is paid.',
  source: 'Care Act 2014 s25(2)',
  *check(plan) {
    const budget = plan.personalBudget;
    if (!budget || (budget.howTaken !== 'direct-payment' && !budget.directPayment)) return;
    const payment = budget.directPayment;
    if (!payment) {
      yield { path: '/personalBudget', message: 'The budget is taken as direct payments, but the plan does not say which needs they cover, how much or how often: add directPayment.' };
      return;
    }
    const missing = [
      payment.needIds?.length ? undefined : 'which needs they cover (needIds)',
      payment.amount === undefined ? 'the amount (amount)' : undefined,
      payment.frequency ? undefined : 'how often they are paid (frequency)',
    ].filter(Boolean);
    if (missing.length > 0) {
      yield { path: '/personalBudget/directPayment', message: `The direct payment does not record ${missing.join(' or ')}: add it.` };
    }
    // In a draft the needs to be met may not be written yet; how-needs-are-met asks for them at completion.
    if (!plan.needsToBeMet) return;
    const met = new Set(plan.needsToBeMet.map((need) => need.needId));
    for (const [k, needId] of (payment.needIds ?? []).entries()) {
      if (!met.has(needId)) {
        yield { path: pointer('personalBudget', 'directPayment', 'needIds', k), message: `Direct payments cover need ${needId}, which the plan does not meet: add it to needsToBeMet, or take it out here.` };
      }
    }
  },
};
