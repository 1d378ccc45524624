import type { CapacityDecision } from '@goodday/schemas';
import type { Rule } from '../../rule.js';

export const reasonToDoubt: Rule<CapacityDecision> = {
  id: 'capacity-decision/reason-to-doubt',
  title: 'Reason to doubt capacity',
  kind: 'capacity-decision',
  severity: 'warning',
  stage: 'draft',
  message: 'The record says why capacity was in doubt for this decision: capacity is presumed.',
  hint: 'Record what gave a proper reason to doubt that the person can make this decision. A diagnosis, age or an unwise choice is not enough on its own.',
  source: 'Mental Capacity Act 2005 s1(2)',
  *check(record) {
    if (record.reasonToDoubt) return;
    yield { path: '', message: 'The record does not say why the person\'s capacity to make this decision was in doubt: capacity is presumed, so record the reason for assessing it.' };
  },
};
