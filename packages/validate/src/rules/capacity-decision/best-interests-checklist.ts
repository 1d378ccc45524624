import type { CapacityDecision } from '@goodday/schemas';
import type { Rule } from '../../rule.js';
import { fromVersion } from '../version.js';

type BestInterests = NonNullable<CapacityDecision['bestInterests']>;

// The s4 checklist and s1(6), each with what to tell the decision-maker when it is missing.
const checklist: readonly [(b: BestInterests) => unknown, string][] = [
  [(b) => b.wishesAndFeelings, 'the person\'s past and present wishes and feelings (wishesAndFeelings)'],
  [(b) => b.beliefsAndValues, 'their beliefs and values (beliefsAndValues)'],
  [(b) => b.stepsToHelpTakePart, 'the steps taken to help them take part (stepsToHelpTakePart)'],
  [(b) => b.capacityMayReturn, 'whether they may regain capacity for it (capacityMayReturn)'],
  [(b) => b.canWait, 'whether the decision can wait (canWait)'],
  [(b) => b.consulted?.length && b.consulted.every((c) => c.views), 'who was consulted, with their views (consulted)'],
  [(b) => b.lessRestrictiveConsidered || b.options?.some((o) => o.lessRestrictive), 'the less restrictive options considered (lessRestrictiveConsidered)'],
];

export const bestInterestsChecklist: Rule<CapacityDecision> = {
  id: 'capacity-decision/best-interests-checklist',
  title: 'Best interests checklist',
  kind: 'capacity-decision',
  severity: 'error',
  stage: 'draft',
  message:
    'A best-interests decision records the person\'s past and present wishes and feelings, beliefs and values, the steps to help them take part, whether capacity may return (and if it is likely to, when) and whether the decision can wait, who was consulted and their views, and the less restrictive options considered.',
  hint: 'Before deciding, work through the best-interests checklist with the person and those who know them, and record each part.',
  source: 'Mental Capacity Act 2005 s4 (s4(3)(b): when capacity is likely to return) and s1(6)',
  *check(record) {
    const bestInterests = record.bestInterests;
    // The checklist is asked of a decision: while it is still being gathered, nothing is missing yet.
    if (!bestInterests?.decision) return;
    const missing = checklist.filter(([has]) => !has(bestInterests)).map(([, words]) => words);
    // s4(3)(b), asked of records from 1.1.0, which can give a date: where capacity is likely to return, when.
    const mayReturn = bestInterests.capacityMayReturn;
    if (fromVersion(record, '1.1.0') && mayReturn?.likely === true && !mayReturn.when && !mayReturn.expectedBy) {
      missing.splice(4, 0, 'when they are likely to regain it (capacityMayReturn.when or expectedBy)');
    }
    if (missing.length > 0) {
      yield { path: '/bestInterests', message: `The best-interests decision does not record ${missing.join('; ')}: record each before deciding.` };
    }
  },
};
