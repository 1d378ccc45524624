import type { CapacityDecision } from '@goodday/schemas';
import type { Rule } from '../../rule.js';

// Judgement words, and what they must describe to be a judgement of the person's choice rather than of something else.
const judgement = String.raw`(?:unwise|foolish|irrational|reckless|risky|dangerous|unsafe|wrong|bad|poor|silly|senseless|ill-advised|ill-judged|imprudent|unreasonable|illogical|not sensible|not very sensible|not a sensible|not the sensible|not rational|nonsensical|ridiculous|absurd|stupid)`;
const choice = String.raw`(?:decisions?|choices?|wish(?:es)?|plans?|judgement|judgment|idea|way of life|lifestyle)`;
const degree = String.raw`(?:very\s+|so\s+|too\s+|extremely\s+|quite\s+|rather\s+|highly\s+|completely\s+|totally\s+)?`;
const person = String.raw`(?:she|he|they|her|him|them|mrs?\s+\w+|ms\s+\w+|mr\s+\w+)`;
const patterns = [
  // "an unwise decision", "poor choices", "a not sensible plan"
  new RegExp(String.raw`\b${judgement}\s+${choice}\b`, 'i'),
  // "her decision is unwise", "the choice she makes would be dangerous", "her wish seems irrational"
  new RegExp(String.raw`\b${choice}\b[^.;:]{0,40}?\b(?:is|are|was|were|would be|seems?|appears?|looks?)\s+${degree}${judgement}\b`, 'i'),
  // "she is being reckless", "he behaves irrationally", "they are acting foolishly"
  new RegExp(String.raw`\b${person}\s+(?:is|are|was|were|has been|keeps|continues)?\s*(?:being|behaving|acting|behaves|acts)\s+${degree}(?:foolish(?:ly)?|irrational(?:ly)?|reckless(?:ly)?|silly|unreasonabl[ey]|illogical(?:ly)?|not sensibl[ey]|stupid(?:ly)?)\b`, 'i'),
  // "not in her best interests", "against his own interests", "not in their interest", as a reason for incapacity
  /\b(?:not in|against|contrary to) (?:her|his|their) (?:own )?(?:best )?interests?\b/i,
  // "makes no sense", "does not make sense" of the choice
  new RegExp(String.raw`\b${choice}\b[^.;:]{0,40}?\b(?:makes no sense|does not make sense|doesn't make sense|is not sensible)\b`, 'i'),
];
// A sentence that says the unwisdom is not the reason is the Act applied correctly, not broken.
const disclaims = /\b(?:although|even though|even if|though|regardless|not because|not merely|not simply|not (?:the|a) reason|not on the basis|does not (?:mean|show)|however (?:unwise|foolish|irrational|reckless|risky))\b|\b(?:s\.?\s?|section\s)1\(4\)/i;

/** True when the text gives the choice looking unwise, foolish, irrational, reckless, not sensible or against the person's own interests as a reason. */
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
  message: 'A conclusion that the person lacks capacity does not rest on the decision being unwise: foolish, irrational, reckless, not sensible or against their own interests.',
  hint: 'Give the reasons in terms of the functional test and the causative link: what the person cannot understand, retain, use or weigh, or communicate, and why.',
  source: 'Mental Capacity Act 2005 s1(4)',
  *check(record) {
    const conclusion = record.conclusion;
    if (conclusion?.outcome !== 'lacks-capacity' || !conclusion.reasons || !restsOnUnwisdom(conclusion.reasons)) return;
    yield {
      path: '/conclusion/reasons',
      message: 'The reasons for finding the person lacks capacity seem to rest on the decision looking unwise, risky, irrational or against their own interests: a person is not unable to decide merely because others think their decision unwise, so give the reasons in terms of the functional test.',
    };
  },
};
