import type { CapacityDecision } from '@goodday/schemas';
import type { Rule } from '../../rule.js';
import { formatDate, isAfter } from '../time.js';

const imcaDecisions = new Set(['serious-medical-treatment', 'long-term-accommodation']);

export const imca: Rule<CapacityDecision> = {
  id: 'capacity-decision/imca',
  title: 'IMCA where needed',
  kind: 'capacity-decision',
  severity: 'error',
  stage: 'draft',
  message: 'Where the decision is about serious medical treatment or a long-term move and there is no one appropriate to consult, an Independent Mental Capacity Advocate was instructed before the decision.',
  hint: 'Instruct an IMCA as soon as it is clear there is no one appropriate to consult, and take their report into account before deciding.',
  source: 'Mental Capacity Act 2005 ss37–39',
  *check(record) {
    const bestInterests = record.bestInterests;
    const category = record.decision?.category;
    if (!bestInterests || !category || !imcaDecisions.has(category)) return;
    if (bestInterests.someoneAppropriateToConsult === undefined) {
      if (bestInterests.decision) {
        yield { path: '/bestInterests', message: 'This decision may need an IMCA, but the record does not say whether there is anyone appropriate to consult: record it (someoneAppropriateToConsult).' };
      }
      return;
    }
    if (bestInterests.someoneAppropriateToConsult) return;
    const advocate = bestInterests.imca;
    if (!advocate?.instructed) {
      yield { path: '/bestInterests', message: 'There is no one appropriate to consult about this decision, so the law requires an Independent Mental Capacity Advocate: instruct one and record it in imca.' };
      return;
    }
    if (!advocate.instructedAt) {
      yield { path: '/bestInterests/imca', message: 'The record does not say when the IMCA was instructed: add instructedAt.' };
    } else if (bestInterests.decidedAt && isAfter(advocate.instructedAt, bestInterests.decidedAt)) {
      yield {
        path: '/bestInterests/imca/instructedAt',
        message: `The IMCA was instructed on ${formatDate(advocate.instructedAt)}, after the decision on ${formatDate(bestInterests.decidedAt)}: their view must be taken into account before deciding.`,
      };
    }
  },
};
