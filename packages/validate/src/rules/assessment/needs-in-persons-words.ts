import type { Assessment } from '@goodday/schemas';
import type { Rule } from '../../rule.js';
import { personsWordsViolations } from '../persons-words.js';

export const needsInPersonsWords: Rule<Assessment> = {
  id: 'assessment/needs-in-persons-words',
  title: 'Needs in the person\'s own words',
  kind: 'assessment',
  severity: 'error',
  stage: 'draft',
  message:
    'Each need is described by the person (alone, with support, or by a representative), separately from any practitioner wording.',
  hint: 'Write the need as the person said it in inPersonsWords, and say who supported them if anyone did.',
  source: 'HICM action card 4.1',
  *check(record) {
    for (const [index, need] of (record.needs ?? []).entries()) {
      yield* personsWordsViolations(need, ['needs', index], `Need ${need.id}`, `Need ${need.id} has no description in the person's words: record how they describe this need.`);
    }
  },
};
