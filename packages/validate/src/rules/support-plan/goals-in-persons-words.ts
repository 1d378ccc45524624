import type { SupportPlan } from '@goodday/schemas';
import type { Rule } from '../../rule.js';
import { personsWordsViolations } from '../persons-words.js';

export const goalsInPersonsWords: Rule<SupportPlan> = {
  id: 'support-plan/goals-in-persons-words',
  title: 'Goals in the person\'s words',
  kind: 'support-plan',
  severity: 'error',
  stage: 'draft',
  message: 'Each goal is in the person\'s own words (alone, with support, or by a representative), separately from any practitioner wording.',
  hint: 'Ask what the person wants to be different, write it in inPersonsWords as they said it, and say who supported them if anyone did.',
  source: 'HICM action card 4.2',
  *check(plan) {
    for (const [index, goal] of (plan.goals ?? []).entries()) {
      yield* personsWordsViolations(goal, ['goals', index], `Goal ${goal.id}`, `Goal ${goal.id} is not in the person's words: ask what they want to be different, and record it as they said it.`);
    }
  },
};
