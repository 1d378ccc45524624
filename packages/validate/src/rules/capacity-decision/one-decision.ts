import type { CapacityDecision } from '@goodday/schemas';
import type { Rule } from '../../rule.js';

// Wording that assesses a person's capacity in general, which the Act does not recognise.
const general = /\b(?:capacity (?:in general|generally|overall)|general capacity|overall capacity|global capacity|all (?:decisions|aspects of (?:her|his|their) life)|any decisions?)\b/i;

export const oneDecision: Rule<CapacityDecision> = {
  id: 'capacity-decision/one-decision',
  title: 'One decision at a time',
  kind: 'capacity-decision',
  severity: 'error',
  stage: 'draft',
  message: 'The record is about one specific decision, as it was put to the person, and says when capacity was assessed.',
  hint: 'Write the one decision as you put it to the person, and the date and time you assessed it. Assess other decisions in their own records.',
  source: 'Mental Capacity Act 2005 s2(1)',
  *check(record) {
    const question = record.decision?.asPutToPerson;
    if (!question) {
      yield { path: record.decision ? '/decision' : '', message: 'The record does not say which decision capacity is assessed for: write the one decision, as you put it to the person.' };
    } else if (general.test(question)) {
      yield { path: '/decision/asPutToPerson', message: 'The decision reads as capacity in general, which the Act does not recognise: name the one decision the person faces now, and assess any other in its own record.' };
    }
    if (!record.assessedAt) {
      yield { path: '', message: 'The record does not say when capacity was assessed: capacity is about a decision at a time, so add assessedAt.' };
    }
  },
};
