import type { SupportPlan } from '@goodday/schemas';
import type { Rule } from '../../rule.js';

export const personAgreed: Rule<SupportPlan> = {
  id: 'support-plan/person-agreed',
  title: 'Person agreed the plan',
  kind: 'support-plan',
  severity: 'error',
  stage: 'complete',
  message: 'The plan records the person\'s agreement, or why they did not agree and the steps taken to reach agreement.',
  hint: 'Record whether and when the person agreed; if they did not, record why and what was done to reach agreement.',
  source: 'Care Act 2014 s25(5)',
  *check(plan) {
    const agreement = plan.agreement;
    if (!agreement) {
      yield { path: '', message: 'The plan does not record whether the person agreed it: ask them, and record their answer and when.' };
      return;
    }
    if (agreement.agreed) return;
    const missing = [agreement.reasonNotAgreed ? undefined : 'why not (reasonNotAgreed)', agreement.stepsTaken ? undefined : 'the steps taken to reach agreement (stepsTaken)'].filter(Boolean);
    if (missing.length > 0) {
      yield { path: '/agreement', message: `The person did not agree the plan, and the plan does not record ${missing.join(' or ')}: add it.` };
    }
  },
};
