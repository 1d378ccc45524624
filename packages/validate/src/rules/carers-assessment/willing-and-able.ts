import type { CarersAssessment } from '@goodday/schemas';
import type { Rule } from '../../rule.js';
import { unanswered, type Questions } from '../answers.js';

// The four questions of s10(5)(a)–(b), with how a message names each.
const QUESTIONS = [
  ['ableNow', 'whether they are able to care now'],
  ['ableToContinue', 'whether they are likely to go on being able to'],
  ['willingNow', 'whether they are willing to care now'],
  ['willingToContinue', 'whether they are likely to go on being willing to'],
] as const satisfies Questions<NonNullable<CarersAssessment['willingAndAble']>>;

export const willingAndAble: Rule<CarersAssessment> = {
  id: 'carers-assessment/willing-and-able',
  title: 'Able and willing to care',
  kind: 'carers-assessment',
  severity: 'error',
  stage: 'complete',
  message: 'Whether the carer is able and willing to provide care now, and to go on doing so, is recorded in their words.',
  hint: "Ask the carer how they feel about caring now and in the future; record each answer in willingAndAble, with what they said in inCarersWords. Caring is the carer's choice.",
  source: 'Care Act 2014 s10(5)(a)–(b)',
  *check(record) {
    const w = record.willingAndAble;
    if (!w) {
      yield { path: '', message: 'The assessment does not record whether the carer is able and willing to care, now and in the future: ask them and record it in willingAndAble.' };
      return;
    }
    const missing = unanswered(w, QUESTIONS);
    if (missing.length > 0) yield { path: '/willingAndAble', message: `The assessment does not record ${missing.join(', or ')}: ask the carer and record the answer.` };
    if (!w.inCarersWords) yield { path: '/willingAndAble', message: 'What the carer said about being able and willing to care is not recorded in their words: add it in inCarersWords.' };
  },
};
