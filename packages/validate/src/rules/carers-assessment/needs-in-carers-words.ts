import type { CarersAssessment } from '@goodday/schemas';
import type { Rule } from '../../rule.js';
import { CARER, personsWordsViolations } from '../persons-words.js';

export const needsInCarersWords: Rule<CarersAssessment> = {
  id: 'carers-assessment/needs-in-carers-words',
  title: "Needs in the carer's own words",
  kind: 'carers-assessment',
  severity: 'error',
  stage: 'draft',
  message: 'Each need is described by the carer (alone, with support, or by a representative), separately from any practitioner wording.',
  hint: 'Write the need as the carer said it in inCarersWords, and say who supported them if anyone did.',
  source: 'HICM action cards 4.1 and 4.7',
  *check(record) {
    for (const [index, need] of (record.needs ?? []).entries()) {
      yield* personsWordsViolations(need, ['needs', index], `Need ${need.id}`, `Need ${need.id} has no description in the carer's words: record how they describe this need.`, CARER);
    }
  },
};
