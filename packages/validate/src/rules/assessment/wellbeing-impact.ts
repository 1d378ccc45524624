import type { Assessment } from '@goodday/schemas';
import { pointer } from '../../json-pointer.js';
import type { Rule } from '../../rule.js';

export const wellbeingImpact: Rule<Assessment> = {
  id: 'assessment/wellbeing-impact',
  title: 'Impact on wellbeing',
  kind: 'assessment',
  severity: 'error',
  stage: 'complete',
  message:
    'Each need has its impact on wellbeing described by the person and linked to at least one wellbeing area of Care Act s1(2).',
  hint: 'Ask how the need affects the person and what matters to them, record it in their words, and link it to the wellbeing areas it touches.',
  source: 'Care Act 2014 s9(4)(a)',
  *check(record) {
    for (const [index, need] of (record.needs ?? []).entries()) {
      if (!need.wellbeingImpact) {
        yield {
          path: pointer('needs', index),
          message: `Need ${need.id} has no impact on wellbeing: ask the person how it affects them and record it in their words.`,
        };
      } else if (need.wellbeingImpact.areas.length === 0) {
        yield {
          path: pointer('needs', index, 'wellbeingImpact', 'areas'),
          message: `Need ${need.id}'s impact on wellbeing is not linked to any wellbeing area: add the Care Act s1(2) areas it touches.`,
        };
      }
    }
  },
};
