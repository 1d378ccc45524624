import type { Assessment } from '@goodday/schemas';
import type { Rule } from '../../rule.js';

export const presentedBack: Rule<Assessment> = {
  id: 'assessment/presented-back',
  title: 'Assessment shared with the person',
  kind: 'assessment',
  severity: 'warning',
  stage: 'complete',
  message: 'What was heard was presented back to the person and they confirmed it.',
  hint: 'Read back what you heard ("So what I heard you say is…"), note any corrections, and record that the person confirmed it.',
  source: 'Seed care-act-strengths-based-assessment-guide (presenting back)',
  *check(record) {
    if (!record.presentedBack) {
      yield { path: '', message: 'The assessment does not record presenting back what was heard: read it back to the person and record whether they confirmed it.' };
    } else if (!record.presentedBack.personConfirmed) {
      yield { path: '/presentedBack/personConfirmed', message: 'What was heard was presented back but the person has not confirmed it: correct it with them, then record their confirmation.' };
    }
  },
};
