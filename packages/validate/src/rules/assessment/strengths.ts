import type { Assessment } from '@goodday/schemas';
import { pointer } from '../../json-pointer.js';
import type { Rule } from '../../rule.js';

export const strengths: Rule<Assessment> = {
  id: 'assessment/strengths',
  title: 'Strengths recorded',
  kind: 'assessment',
  severity: 'error',
  stage: 'complete',
  message: 'At least one strength is recorded, and each strength is classified by kind and by where it comes from.',
  hint: 'Record what the person can do and who and what helps them, with its kind (capability, ability, resilience, asset) and sphere (personal, network, community).',
  source: 'Care and support statutory guidance 6.63; HICM',
  *check(record) {
    const list = record.strengths ?? [];
    if (list.length === 0) {
      yield { path: '', message: 'The assessment records no strengths: record at least one thing the person can do or draw on, and classify it.' };
      return;
    }
    for (const [index, strength] of list.entries()) {
      const missing = [strength.type ? undefined : 'kind (type)', strength.sphere ? undefined : 'sphere'].filter(Boolean);
      if (missing.length > 0) {
        yield {
          path: pointer('strengths', index),
          message: `Strength ${strength.id} is not classified by ${missing.join(' or ')}: add it.`,
        };
      }
    }
  },
};
