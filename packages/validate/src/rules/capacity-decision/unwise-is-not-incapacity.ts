import type { CapacityDecision } from '@goodday/schemas';
import type { Rule } from '../../rule.js';

// Judgement words, and what they must describe to be a judgement of the person's choice rather than of something else.
const judgement = String.raw`(?:unwise|foolish|irrational|reckless|risky|dangerous|unsafe|wrong|bad|poor)`;
const choice = String.raw`(?:decisions?|choices?|wish(?:es)?|plans?|judgement|judgment)`;
const patterns = [
  // "an unwise decision", "poor choices"
  new RegExp(String.raw`\b${judgement}\s+${choice}\b`, 'i'),
  // "her decision is unwise", "the choice she makes would be dangerous"
  new RegExp(String.raw`\b${choice}\b[^.;:]{0,40}?\b(?:is|are|was|were|would be|seems?|appears?)\s+(?:very\s+|so\s+|too\s+|extremely\s+|quite\s+)?${judgement}\b`, 'i'),
  // "not in her best interests" as a reason for incapacity
  /\bnot in (?:her|his|their) (?:own )?best interests\b/i,
];
// A sentence that says the unwisdom is not the reason is the Act applied correctly, not broken.
const disclaims = /\b(?:although|even though|even if|though|regardless|not because|not merely|not simply|not (?:the|a) reason|not on the basis|does not (?:mean|show))\b|\b(?:s\.?\s?|section\s)1\(4\)/i;

/** True when the text gives the decision being unwise (or not in the person's interests) as a reason. */
export function restsOnUnwisdom(text: string): boolean {
  return text
    .split(/(?<=[.!?;])\s+|\n+/)
    .some((sentence) => !disclaims.test(sentence) && patterns.some((p) => p.test(sentence)));
}

export const unwiseIsNotIncapacity: Rule<CapacityDecision> = {
  id: 'capacity-decision/unwise-is-not-incapacity',
  title: 'Unwise is not incapacity',
  kind: 'capacity-decision',
  severity: 'warning',
  stage: 'draft',
  message: 'A conclusion that the person lacks capacity does not rest on the decision being unwise.',
  hint: 'Give the reasons in terms of the functional test and the causative link: what the person cannot understand, retain, use or weigh, or communicate, and why.',
  source: 'Mental Capacity Act 2005 s1(4)',
  *check(record) {
    const conclusion = record.conclusion;
    if (conclusion?.outcome !== 'lacks-capacity' || !conclusion.reasons || !restsOnUnwisdom(conclusion.reasons)) return;
    yield {
      path: '/conclusion/reasons',
      message: 'The reasons for finding the person lacks capacity seem to rest on the decision being unwise or risky: a person is not unable to decide merely because others think their decision unwise, so give the reasons in terms of the functional test.',
    };
  },
};
