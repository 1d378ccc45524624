import type { Assessment } from '@goodday/schemas';
import { pointer } from '../../json-pointer.js';
import type { Rule } from '../../rule.js';

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

export const needsInPersonsWords: Rule<Assessment> = {
  id: 'assessment/needs-in-persons-words',
  kind: 'assessment',
  severity: 'error',
  stage: 'draft',
  message:
    'Each need is described by the person (alone, with support, or by a representative), separately from any practitioner wording.',
  hint: 'Write the need as the person said it in inPersonsWords, and say who supported them if anyone did.',
  source: 'HICM action card 4.1',
  *check(record) {
    for (const [index, need] of (record.needs ?? []).entries()) {
      const words = need.inPersonsWords;
      if (!words) {
        yield {
          path: pointer('needs', index),
          message: `Need ${need.id} has no description in the person's words: record how they describe this need.`,
        };
        continue;
      }
      if (words.describedBy !== 'person' && !words.supportedBy) {
        yield {
          path: pointer('needs', index, 'inPersonsWords'),
          message: `Need ${need.id} was described ${words.describedBy === 'representative' ? 'by a representative' : 'with support'}, but not who that was: add supportedBy.`,
        };
      }
      if (need.practitionerDescription && normalise(need.practitionerDescription.text) === normalise(words.text)) {
        yield {
          path: pointer('needs', index, 'inPersonsWords', 'text'),
          message: `Need ${need.id} has the practitioner's wording in place of the person's: record what the person said, in their words.`,
        };
      }
    }
  },
};
