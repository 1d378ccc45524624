import type { Assessment } from '@goodday/schemas';
import type { Rule } from '../../rule.js';
import { needsBeforeDetermination } from '../eligibility.js';
import { PERSON } from '../persons-words.js';

export const needsBeforeEligibility: Rule<Assessment> = {
  id: 'assessment/needs-before-eligibility',
  title: 'Needs before eligibility',
  kind: 'assessment',
  severity: 'error',
  stage: 'draft',
  message:
    'An eligibility determination is recorded only after every need it relies on has been described by the person, with its impact on their wellbeing.',
  hint: 'Record the need and its impact on wellbeing in the person\'s words first, then make (or re-make) the eligibility determination.',
  source: 'HICM action card 4.1; Care Act 2014 s13(1)',
  *check(record) {
    if (record.eligibility) yield* needsBeforeDetermination(record.needs, record.eligibility, PERSON);
  },
};
