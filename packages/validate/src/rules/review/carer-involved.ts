import type { Review } from '@goodday/schemas';
import type { Rule } from '../../rule.js';

export const carerInvolved: Rule<Review> = {
  id: 'review/carer-involved',
  title: 'The carer took part',
  kind: 'review',
  severity: 'warning',
  stage: 'draft',
  message: 'Where the person has a carer, the carer took part in the review, or the record says why not.',
  hint: 'Invite the carer to the review; if they did not take part, record why in carer.whyNot.',
  // Checked against the Act: s27(2)(b)(ii) asks the council to involve any carer in deciding whether or how to revise the plan.
  source: 'Care Act 2014 s27(2)(b)(ii)',
  *check(review) {
    const carer = review.carer;
    const withCarer = review.method === 'carer-only' || review.method === 'service-user-and-carer';
    if (!carer) {
      if (review.status === 'complete') yield { path: '', message: 'The review does not say whether the person has a carer: record it in carer, and whether they took part.' };
      return;
    }
    if (!carer.hasCarer) return;
    if (carer.tookPart === undefined && !carer.whyNot) {
      yield { path: '/carer', message: 'The person has a carer, but the review does not say whether they took part: record tookPart, and why not if they did not.' };
    } else if (carer.tookPart === false && !carer.whyNot) {
      yield { path: '/carer', message: 'The carer did not take part, and the review does not say why: record the reason in carer.whyNot.' };
    }
    if (carer.tookPart === true && review.method === 'service-user-only') {
      yield { path: '/method', message: 'The carer took part, but the method of review says "Service user only": record "Service user and carer".' };
    } else if (carer.tookPart === false && withCarer) {
      yield { path: '/method', message: 'The carer did not take part, but the method of review says they did: correct the method or carer.tookPart.' };
    }
  },
};
