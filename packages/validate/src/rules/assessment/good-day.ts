import type { Assessment } from '@goodday/schemas';
import type { Rule } from '../../rule.js';

export const goodDay: Rule<Assessment> = {
  id: 'assessment/good-day',
  title: 'What a good day looks like',
  kind: 'assessment',
  severity: 'error',
  stage: 'complete',
  message: 'What a good day looks like is recorded in the person\'s words.',
  hint: 'Ask "What does a good day look like for you?" and record the answer in goodDay, as the person said it.',
  source: 'HICM action card 4.1',
  *check(record) {
    if (!record.goodDay) {
      yield { path: '', message: 'The assessment does not say what a good day looks like for the person: ask them, and record it in their words in goodDay.' };
    }
  },
};
