import type { SafeguardingEnquiry } from '@goodday/schemas';
import { pointer } from '../../json-pointer.js';
import type { Rule } from '../../rule.js';

export const outcomesAchieved: Rule<SafeguardingEnquiry> = {
  id: 'safeguarding-enquiry/outcomes-achieved',
  title: 'Outcomes achieved',
  kind: 'safeguarding-enquiry',
  severity: 'error',
  stage: 'complete',
  message: 'At conclusion, each outcome the person expressed is recorded as fully, partially or not achieved.',
  hint: 'Talk with the person about each outcome they wanted, and record how far it was achieved.',
  source: 'Safeguarding Adults Collection SG4a',
  *check(enquiry) {
    for (const [i, outcome] of (enquiry.makingSafeguardingPersonal?.outcomes ?? []).entries()) {
      if (outcome.achieved) continue;
      yield {
        path: pointer('makingSafeguardingPersonal', 'outcomes', i),
        message: `Outcome ${outcome.id} is not recorded as fully, partially or not achieved: ask the person how far it was, and record it in achieved.`,
      };
    }
  },
};
