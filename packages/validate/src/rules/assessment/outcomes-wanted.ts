import type { Assessment } from '@goodday/schemas';
import type { Rule } from '../../rule.js';

export const outcomesWanted: Rule<Assessment> = {
  id: 'assessment/outcomes-wanted',
  title: 'Outcomes the person wants',
  kind: 'assessment',
  severity: 'error',
  stage: 'complete',
  message: 'The outcomes the person wants to achieve in day-to-day life are recorded.',
  hint: 'Ask what the person would like to be able to do, and record each outcome in their words in outcomesWanted.',
  source: 'Care Act 2014 s9(4)(b)',
  *check(record) {
    if ((record.outcomesWanted ?? []).length === 0) {
      yield { path: '', message: 'The assessment records no outcomes the person wants: ask what they want to achieve day to day and record it in their words.' };
    }
  },
};
