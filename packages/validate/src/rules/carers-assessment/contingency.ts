import type { CarersAssessment } from '@goodday/schemas';
import type { Rule } from '../../rule.js';

export const contingency: Rule<CarersAssessment> = {
  id: 'carers-assessment/contingency',
  title: 'If the carer cannot care',
  kind: 'carers-assessment',
  severity: 'warning',
  stage: 'complete',
  message: 'What happens if the carer cannot care, suddenly or for a while, is recorded.',
  hint: 'Ask the carer who would step in if they were ill tomorrow, and record what they want and the plan in contingency.',
  source: 'HICM action card 4.7',
  *check(record) {
    const c = record.contingency;
    if (!c) yield { path: '', message: 'The assessment does not say what happens if the carer cannot care: ask who would step in, and record it in contingency.' };
    else if (!c.inCarersWords && !c.plan) yield { path: '/contingency', message: 'The contingency has neither what the carer wants nor a plan: record who would step in and how.' };
  },
};
