import type { CarersAssessment } from '@goodday/schemas';
import type { Rule } from '../../rule.js';
import { needsBeforeDetermination } from '../eligibility.js';
import { CARER } from '../persons-words.js';

export const needsBeforeEligibility: Rule<CarersAssessment> = {
  id: 'carers-assessment/needs-before-eligibility',
  title: "The carer's needs before eligibility",
  kind: 'carers-assessment',
  severity: 'error',
  stage: 'draft',
  message: "The carer's eligibility is determined only after every need it relies on, and its impact on the carer's wellbeing, has been recorded in the carer's words.",
  hint: "Record the need and the impact of caring on the carer's wellbeing in their words first, then make (or re-make) the eligibility determination.",
  source: 'Care Act 2014 s13(1); HICM action cards 4.1 and 4.7',
  *check(record) {
    if (record.eligibility) yield* needsBeforeDetermination(record.needs, record.eligibility, CARER);
  },
};
