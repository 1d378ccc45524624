import type { CapacityDecision } from '@goodday/schemas';
import type { Rule } from '../../rule.js';

export const importantToAndFor: Rule<CapacityDecision> = {
  id: 'capacity-decision/important-to-and-for',
  title: 'Important to and for the person',
  kind: 'capacity-decision',
  severity: 'warning',
  stage: 'draft',
  message: 'What is important to the person and what is important for them are both recorded.',
  hint: 'Ask what matters to the person about this decision, in their words, and record it beside what is important for their health, safety and wellbeing.',
  source: 'HICM action card 4.4',
  *check(record) {
    const missing = [record.importantTo?.length ? undefined : 'important to the person, in their words (importantTo)', record.importantFor?.length ? undefined : 'important for them (importantFor)'].filter(Boolean);
    if (missing.length === 0) return;
    yield { path: '', message: `The record does not say what is ${missing.join(', or what is ')}: record both, so the decision keeps sight of what matters to the person.` };
  },
};
