import type { CarersAssessment } from '@goodday/schemas';
import type { Rule } from '../../rule.js';
import { advocateNeeded } from '../involvement.js';

export const advocacy: Rule<CarersAssessment> = {
  id: 'carers-assessment/advocacy',
  title: 'Advocate where the carer needs one',
  kind: 'carers-assessment',
  severity: 'error',
  stage: 'draft',
  message: 'Where the carer would have substantial difficulty in being involved and there is no appropriate person to support them, an independent advocate is involved.',
  hint: 'Arrange an independent advocate under the Care Act, and record when they became involved.',
  source: 'Care Act 2014 s67 (which applies to a carer\'s assessment under s10); s67(5)–(6) for who can be the appropriate person',
  check: advocateNeeded,
};
