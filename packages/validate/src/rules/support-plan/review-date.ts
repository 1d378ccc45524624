import type { SupportPlan } from '@goodday/schemas';
import type { Rule } from '../../rule.js';
import { FIRST_REVIEW_WITHIN_DAYS, REVIEW_TIMING_SOURCE, REVIEW_WITHIN_MONTHS } from '../review-timing.js';
import { addDays, addMonths, dayInUk, daysBetween, formatDate } from '../time.js';

export const reviewDate: Rule<SupportPlan> = {
  id: 'support-plan/review-date',
  title: 'Review date',
  kind: 'support-plan',
  severity: 'error',
  stage: 'complete',
  message: 'The plan has a review date no later than 12 months after it was agreed; a person\'s first plan is reviewed within 6 to 8 weeks.',
  hint: 'Agree a review date with the person: within 8 weeks for a first plan, and never more than 12 months after the plan is agreed.',
  source: REVIEW_TIMING_SOURCE,
  *check(plan) {
    if (!plan.reviewDate) {
      yield { path: '', message: 'The plan has no review date: agree one with the person, no later than 12 months after the plan is agreed.' };
      return;
    }
    const startedAt = plan.agreement?.recordedAt ?? plan.preparedAt;
    const start = startedAt === undefined ? undefined : dayInUk(startedAt);
    if (start === undefined) return;
    const review = plan.reviewDate;
    // A function, so a plan that passes never builds a date formatter: that is slow on a cold start.
    const startWords = () => `${plan.agreement ? 'agreed' : 'prepared'} on ${formatDate(start)}`;
    const days = daysBetween(start, review);
    if (days < 0) {
      yield { path: '/reviewDate', message: `The review date, ${formatDate(review)}, is before the plan was ${startWords()}: set a date after it.` };
      return;
    }
    const latest = addMonths(start, REVIEW_WITHIN_MONTHS);
    if (review > latest) {
      yield { path: '/reviewDate', message: `The review date, ${formatDate(review)}, is more than 12 months after the plan was ${startWords()}: review it by ${formatDate(latest)} at the latest.` };
      return;
    }
    if (plan.isFirstPlan && days > FIRST_REVIEW_WITHIN_DAYS) {
      yield {
        path: '/reviewDate',
        severity: 'warning',
        message: `This is the person's first plan, and its review on ${formatDate(review)} is more than 8 weeks after it was ${startWords()}: review a first plan by ${formatDate(addDays(start, FIRST_REVIEW_WITHIN_DAYS))} unless there is a reason to wait, and record it.`,
      };
    }
  },
};
