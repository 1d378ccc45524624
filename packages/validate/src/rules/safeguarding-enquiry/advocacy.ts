import type { SafeguardingEnquiry } from '@goodday/schemas';
import type { Rule } from '../../rule.js';
import { advocateNeeded } from '../involvement.js';

export const safeguardingAdvocacy: Rule<SafeguardingEnquiry> = {
  id: 'safeguarding-enquiry/advocacy',
  title: 'Advocate in the enquiry',
  kind: 'safeguarding-enquiry',
  severity: 'error',
  stage: 'draft',
  message:
    'Where the person would have substantial difficulty in being involved in the enquiry and there is no appropriate person to support them, an independent advocate is involved.',
  hint: 'Arrange an independent advocate under section 68 of the Care Act, and record when they became involved.',
  source: 'Care Act 2014 s68, with the test of an appropriate person that s67(5)–(6) sets for assessments',
  check: advocateNeeded,
};
