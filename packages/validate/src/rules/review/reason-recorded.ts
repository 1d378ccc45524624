import type { Review } from '@goodday/schemas';
import type { Rule } from '../../rule.js';

export const reasonRecorded: Rule<Review> = {
  id: 'review/reason-recorded',
  title: 'Why the review took place',
  kind: 'review',
  severity: 'error',
  stage: 'draft',
  message: 'The review says whether it was planned or unplanned, with the reason from the national list of review reasons.',
  hint: 'Record reviewType (planned or unplanned) and reviewReason from the Client Level Data list; for an unplanned review, say what led to it in reasonDetail.',
  source: 'NHS England Adult Social Care Client Level Data specification (Review Reason)',
  *check(review) {
    if (!review.reviewType) {
      yield { path: '', message: 'The review does not say whether it was planned or unplanned: record reviewType.' };
    }
    if (!review.reviewReason) {
      yield { path: '', message: 'The review has no reason from the national list: record reviewReason, for example "Planned" or "Unplanned - Hospital".' };
      return;
    }
    if (!review.reviewType) return;
    const reasonIsPlanned = review.reviewReason === 'planned';
    if (reasonIsPlanned !== (review.reviewType === 'planned')) {
      yield {
        path: '/reviewReason',
        message: `The review is recorded as ${review.reviewType}, but its reason is "${review.reviewReason}": choose a reason that matches, or correct reviewType.`,
      };
    }
    if (!reasonIsPlanned && !review.reasonDetail) {
      yield { path: '/reviewReason', message: 'An unplanned review does not say what led to it: record what happened, and who asked for the review, in reasonDetail.' };
    }
  },
};
