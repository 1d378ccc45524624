import type { Review } from '@goodday/schemas';
import type { Rule } from '../../rule.js';

export const changeLeadsToAction: Rule<Review> = {
  id: 'review/change-leads-to-action',
  title: 'A change leads to action',
  kind: 'review',
  severity: 'error',
  stage: 'draft',
  message: 'Where needs or circumstances have changed, the plan is revised or a reassessment is arranged; a personal budget is never reduced without a reassessment.',
  hint: 'If something has changed, revise the plan with the person or arrange a reassessment; a lower personal budget must follow a reassessment that found needs have changed.',
  source: 'Care Act 2014 s27(4); Care and support statutory guidance chapter 13',
  *check(review) {
    const result = review.result;
    const changed = review.changes && (review.changes.needsChanged || review.changes.circumstancesChanged);
    if (review.status === 'complete' && !result) {
      yield { path: '', message: 'The review has no result: record whether the plan stays as it is, is revised, or a reassessment is arranged.' };
      return;
    }
    if (!result) return;
    if (changed && result.outcome === 'no-change') {
      const what = [review.changes!.needsChanged && 'needs', review.changes!.circumstancesChanged && 'circumstances'].filter(Boolean).join(' and ');
      yield { path: '/result/outcome', message: `The person's ${what} have changed, but the result is no change to the plan: revise the plan with them, or arrange a reassessment.` };
    }
    if (result.outcome === 'reassess' && !result.reassessmentArrangedFor) {
      yield { path: '/result', message: 'The review asks for a reassessment but does not say when it will be: record the date in reassessmentArrangedFor.' };
    }
    if (result.personalBudget === 'reduced' && result.outcome !== 'reassess') {
      yield {
        path: '/result/personalBudget',
        message: 'The review reduces the personal budget without a reassessment: a budget may go down only after a reassessment finds that needs have changed, so arrange one and keep the budget until then.',
      };
    }
  },
};
