import type { CarersAssessment } from '@goodday/schemas';
import type { Rule } from '../../rule.js';

export const outcomesWanted: Rule<CarersAssessment> = {
  id: 'carers-assessment/outcomes-wanted',
  title: 'Outcomes the carer wants',
  kind: 'carers-assessment',
  severity: 'error',
  stage: 'complete',
  message: 'The outcomes the carer wants to achieve in day-to-day life are recorded.',
  hint: 'Ask what the carer would like to be different for them, and record each outcome in their words in outcomesWanted.',
  source: 'Care Act 2014 s10(5)(d)',
  *check(record) {
    if ((record.outcomesWanted ?? []).length === 0) {
      yield { path: '', message: 'The assessment records no outcomes the carer wants: ask what they want to achieve day to day and record it in their words.' };
    }
  },
};
