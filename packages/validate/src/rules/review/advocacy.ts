import type { Review } from '@goodday/schemas';
import type { Rule } from '../../rule.js';
import { advocateNeeded } from '../involvement.js';

export const advocacy: Rule<Review> = {
  id: 'review/advocacy',
  title: 'Advocate for the review where needed',
  kind: 'review',
  severity: 'error',
  stage: 'draft',
  message: 'Where the person would have substantial difficulty in being involved in the review and there is no appropriate person to support them, an independent advocate is involved.',
  hint: 'Arrange an independent advocate under the Care Act, and record when they became involved.',
  source: 'Care Act 2014 s67 (a review or revision of a plan under s27)',
  check: advocateNeeded,
};
