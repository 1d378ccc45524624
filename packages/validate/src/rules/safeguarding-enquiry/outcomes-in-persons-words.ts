import type { SafeguardingEnquiry } from '@goodday/schemas';
import type { Rule } from '../../rule.js';
import { personsWordsViolations } from '../persons-words.js';

export const outcomesInPersonsWords: Rule<SafeguardingEnquiry> = {
  id: 'safeguarding-enquiry/outcomes-in-persons-words',
  title: 'Outcomes in the person\'s words',
  kind: 'safeguarding-enquiry',
  severity: 'error',
  stage: 'draft',
  message: 'Each outcome the person wants from the enquiry is in the words of the person or their representative, with who expressed it.',
  hint: 'Write each outcome as the person or their representative said it, in inPersonsWords, and say who supported them or spoke for them.',
  source: 'HICM action card 4.5',
  *check(enquiry) {
    const msp = enquiry.makingSafeguardingPersonal;
    if (!msp) return;
    const outcomes = msp.outcomes ?? [];
    if (msp.asked === 'yes-outcomes-expressed' && outcomes.length === 0) {
      yield { path: '/makingSafeguardingPersonal', message: 'The person expressed outcomes, but none are recorded: record each one in their words.' };
    }
    for (const [i, outcome] of outcomes.entries()) {
      yield* personsWordsViolations(
        outcome,
        ['makingSafeguardingPersonal', 'outcomes', i],
        `Outcome ${outcome.id}`,
        `Outcome ${outcome.id} is not in the words of the person or their representative: record what they said they want, as they said it.`,
      );
    }
  },
};
