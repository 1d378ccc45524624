import type { Review } from '@goodday/schemas';
import { pointer } from '../../json-pointer.js';
import type { Rule } from '../../rule.js';
import { dayInUk, formatDate, isAfter } from '../time.js';

const PARTS = [
  ['whatIsWorking', 'What is working'],
  ['whatIsNotWorking', 'What is not working'],
] as const;

export const personsViewFirst: Rule<Review> = {
  id: 'review/persons-view-first',
  title: 'The person\'s view first',
  kind: 'review',
  severity: 'error',
  stage: 'draft',
  message: 'What is working and what is not working are recorded in the person\'s own words at or before the practitioner\'s view and the result of the review.',
  hint: 'Ask the person what is working and what is not, write it as they said it, and only then record your view and the result.',
  source: 'HICM action card 4.2; Care and support statutory guidance chapter 13',
  *check(review) {
    // The practitioner's conclusion: their view, and the result they decided.
    const conclusions = [
      ['/practitionerView', 'the practitioner\'s view', review.practitionerView?.recordedAt],
      ['/result', 'the result', review.result?.decidedAt],
    ] as const;
    const concluded = conclusions.filter(([, , at]) => at !== undefined);
    if (concluded.length === 0 && review.status !== 'complete') return;
    for (const [field, name] of PARTS) {
      const words = review[field];
      const missing = `${name} is not recorded in the person's words${concluded.length > 0 ? `, but ${concluded.map(([, what]) => what).join(' and ')} ${concluded.length > 1 ? 'are' : 'is'} recorded` : ''}: ask the person first, and record it as they said it.`;
      if (!words) {
        yield { path: concluded.length > 0 || review.status === 'complete' ? '' : `/${field}`, message: missing };
        continue;
      }
      if (words.describedBy !== 'person' && !words.supportedBy) {
        yield { path: pointer(field), message: `${name} was described ${words.describedBy === 'representative' ? 'by a representative' : 'with support'}, but not who that was: add supportedBy.` };
      }
      for (const [, what, at] of concluded) {
        if (isAfter(words.recordedAt, at)) {
          const when = dayInUk(words.recordedAt) === dayInUk(at!) ? `after ${what}, on the same day (${formatDate(at!)})` : `on ${formatDate(words.recordedAt)}, after ${what} (${formatDate(at!)})`;
          yield { path: pointer(field, 'recordedAt'), message: `${name} in the person's words was recorded ${when}: hear the person before concluding, and record when they said it.` };
        }
      }
    }
  },
};
