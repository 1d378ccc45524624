import type { Assessment } from '@goodday/schemas';
import type { Rule } from '../../rule.js';

export const advocacy: Rule<Assessment> = {
  id: 'assessment/advocacy',
  kind: 'assessment',
  severity: 'error',
  stage: 'draft',
  message:
    'Where the person would have substantial difficulty in being involved and there is no appropriate person to support them, an independent advocate is involved.',
  hint: 'Arrange an independent advocate under the Care Act, and record when they became involved.',
  source: 'Care Act 2014 s67',
  *check(record) {
    const areas = record.substantialDifficulty?.areas ?? [];
    if (areas.length === 0 || record.appropriatePerson || record.advocacy?.involved === true) return;
    yield {
      path: '/substantialDifficulty',
      message: `The person would have substantial difficulty (${areas.join(', ')}) and has no appropriate person to support them, but no independent advocate is involved: arrange one and record it in advocacy.`,
    };
  },
};
