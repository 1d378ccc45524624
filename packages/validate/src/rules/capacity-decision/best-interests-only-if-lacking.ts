import type { CapacityDecision } from '@goodday/schemas';
import type { Rule } from '../../rule.js';
import { formatDate, isAfter } from '../time.js';

export const bestInterestsOnlyIfLacking: Rule<CapacityDecision> = {
  id: 'capacity-decision/best-interests-only-if-lacking',
  title: 'Best interests only if capacity lacking',
  kind: 'capacity-decision',
  severity: 'error',
  stage: 'draft',
  message: 'A best-interests decision follows only a conclusion that the person lacks capacity for this decision, and comes after it.',
  hint: 'Where the person has capacity, record their decision: it is theirs to make. Make a best-interests decision only after concluding that they lack capacity for it.',
  source: 'Mental Capacity Act 2005 s1(5)',
  *check(record) {
    const bestInterests = record.bestInterests;
    if (!bestInterests) return;
    const conclusion = record.conclusion;
    if (!conclusion) {
      yield { path: '/bestInterests', message: 'A best-interests decision is recorded, but no conclusion on capacity: assess capacity first; the person may be able to decide themselves.' };
      return;
    }
    if (conclusion.outcome === 'has-capacity') {
      yield { path: '/bestInterests', message: 'The person has capacity for this decision, so no one may decide it for them in their best interests: record their own decision instead.' };
      return;
    }
    if (bestInterests.decidedAt && isAfter(conclusion.concludedAt, bestInterests.decidedAt)) {
      yield {
        path: '/bestInterests/decidedAt',
        message: `The best-interests decision on ${formatDate(bestInterests.decidedAt)} comes before the conclusion that the person lacks capacity on ${formatDate(conclusion.concludedAt)}: conclude on capacity first.`,
      };
    }
  },
};
