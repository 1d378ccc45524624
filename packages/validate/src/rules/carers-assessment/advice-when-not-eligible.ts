import type { CarersAssessment } from '@goodday/schemas';
import type { Rule } from '../../rule.js';
import { adviceWhenNoneEligible } from '../advice.js';

export const adviceWhenNotEligible: Rule<CarersAssessment> = {
  id: 'carers-assessment/advice-when-not-eligible',
  title: "Advice when none of the carer's needs are eligible",
  kind: 'carers-assessment',
  severity: 'error',
  stage: 'draft',
  message: "When none of the carer's needs are eligible, written advice and information is given on meeting or reducing the needs and on preventing or delaying needs.",
  hint: "Give written advice on both topics, naming carers' groups, community assets and services where they help, and record it in advice.",
  source: 'Care Act 2014 s13(5)',
  check: adviceWhenNoneEligible,
};
