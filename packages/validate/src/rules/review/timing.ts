import type { Review } from '@goodday/schemas';
import type { Rule } from '../../rule.js';
import { FIRST_REVIEW_WITHIN_DAYS, REVIEW_TIMING_SOURCE, REVIEW_WITHIN_MONTHS } from '../review-timing.js';
import { addDays, addMonths, dayInUk, daysBetween, formatDate } from '../time.js';

export const timing: Rule<Review> = {
  id: 'review/timing',
  title: 'Reviewed in good time',
  kind: 'review',
  severity: 'warning',
  stage: 'complete',
  message: 'A new plan\'s first review takes place within 8 weeks of the plan being agreed, and the next review is set no later than 12 months on.',
  hint: 'Review a new plan within 6 to 8 weeks of agreeing it, and agree the next review date with the person: sooner where things are changing, never more than 12 months on.',
  source: REVIEW_TIMING_SOURCE,
  *check(review) {
    const reviewed = review.reviewedAt === undefined ? undefined : dayInUk(review.reviewedAt);
    const agreed = review.reviewOf?.planAgreedAt === undefined ? undefined : dayInUk(review.reviewOf.planAgreedAt);
    if (review.reviewOf?.firstReview && reviewed !== undefined && agreed !== undefined && daysBetween(agreed, reviewed) > FIRST_REVIEW_WITHIN_DAYS) {
      yield {
        path: '/reviewedAt',
        message: `This first review of a new plan took place on ${formatDate(reviewed)}, more than 8 weeks after the plan was agreed on ${formatDate(agreed)}: review a new plan by ${formatDate(addDays(agreed, FIRST_REVIEW_WITHIN_DAYS))}, or record why it had to wait.`,
      };
    }
    // A reassessment comes next, so the next review is set by the plan that follows it.
    if (review.result?.outcome === 'reassess') return;
    if (!review.nextReviewDate) {
      yield { path: '', message: 'The review sets no next review date: agree one with the person, no later than 12 months on.' };
      return;
    }
    if (reviewed === undefined) return;
    const latest = addMonths(reviewed, REVIEW_WITHIN_MONTHS);
    if (review.nextReviewDate > latest) {
      yield { path: '/nextReviewDate', message: `The next review, on ${formatDate(review.nextReviewDate)}, is more than 12 months after this one: set it by ${formatDate(latest)} at the latest.` };
    } else if (review.nextReviewDate < reviewed) {
      yield { path: '/nextReviewDate', message: `The next review date, ${formatDate(review.nextReviewDate)}, is before this review took place: set a date after it.` };
    }
  },
};
