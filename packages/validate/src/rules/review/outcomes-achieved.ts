import type { Review } from '@goodday/schemas';
import { pointer } from '../../json-pointer.js';
import type { Rule } from '../../rule.js';

export const outcomesAchieved: Rule<Review> = {
  id: 'review/outcomes-achieved',
  title: 'How far each goal was met',
  kind: 'review',
  severity: 'error',
  stage: 'complete',
  message: 'A complete review says, for each goal of the plan, whether it was fully, partially or not met.',
  hint: 'Go through each goal of the plan with the person and record in met whether it was fully met, partially met or not met.',
  source: 'NHS England Adult Social Care Client Level Data specification (Review Outcomes Achieved); HICM action card 4.2',
  *check(review) {
    const goals = review.goals ?? [];
    if (goals.length === 0) {
      yield { path: '', message: 'The review looks at none of the plan\'s goals: record each goal and how far it was met.' };
      return;
    }
    for (const [i, goal] of goals.entries()) {
      if (!goal.met) yield { path: pointer('goals', i), message: `Goal ${goal.goalId} does not say how far it was met: record fully met, partially met or not met.` };
    }
  },
};
