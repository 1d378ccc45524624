import type { CarersAssessment } from '@goodday/schemas';
import type { Rule } from '../../rule.js';
import { unanswered, type Questions } from '../answers.js';

// What s10(6) asks the council to have regard to, with how a message names each.
const QUESTIONS = [
  ['works', 'whether they work'],
  ['wishesToWork', 'whether they wish to work (or to work more)'],
  ['inEducationOrTraining', 'whether they take part in education or training'],
  ['wishesToLearn', 'whether they wish to'],
  ['hasRecreation', 'whether they have time for recreation'],
  ['wishesForRecreation', 'whether they wish for more'],
] as const satisfies Questions<NonNullable<CarersAssessment['workEducationLeisure']>>;

export const workEducationLeisure: Rule<CarersAssessment> = {
  id: 'carers-assessment/work-education-leisure',
  title: 'Work, learning and free time',
  kind: 'carers-assessment',
  severity: 'error',
  stage: 'complete',
  message: 'Whether the carer works or wishes to, and whether they take part or wish to take part in education, training or recreation, is recorded.',
  hint: 'Ask how caring fits with work, study and the things the carer enjoys, and record each answer in workEducationLeisure.',
  source: 'Care Act 2014 s10(6)',
  *check(record) {
    const w = record.workEducationLeisure;
    if (!w) {
      yield { path: '', message: 'The assessment does not record whether the carer works or wishes to, or takes part in education, training or recreation: ask them and record it in workEducationLeisure.' };
      return;
    }
    const missing = unanswered(w, QUESTIONS);
    if (missing.length > 0) yield { path: '/workEducationLeisure', message: `The assessment does not record ${missing.join('; ')}: ask the carer and record the answer.` };
  },
};
