import type { SafeguardingEnquiry } from '@goodday/schemas';
import type { Rule } from '../../rule.js';

export const personsViewAtClose: Rule<SafeguardingEnquiry> = {
  id: 'safeguarding-enquiry/persons-view-at-close',
  title: 'Person\'s view at close',
  kind: 'safeguarding-enquiry',
  severity: 'warning',
  stage: 'complete',
  message: 'At conclusion, the person\'s own view of the outcome is recorded, in their words.',
  hint: 'Ask the person (or their representative) how they feel about how the enquiry turned out and whether they feel safer, and record it as they said it.',
  source: 'HICM action card 4.5',
  *check(enquiry) {
    if (enquiry.conclusion?.personsView) return;
    yield {
      path: enquiry.conclusion ? '/conclusion' : '',
      message: 'The enquiry concluded without the person\'s own view of the outcome: ask them (or their representative) how they feel about how it turned out, and record it in their words.',
    };
  },
};
