import type { SafeguardingEnquiry } from '@goodday/schemas';
import type { Rule } from '../../rule.js';

export const capacityRecorded: Rule<SafeguardingEnquiry> = {
  id: 'safeguarding-enquiry/capacity-recorded',
  kind: 'safeguarding-enquiry',
  severity: 'error',
  stage: 'complete',
  message: 'A concluded enquiry records whether the person lacked capacity in relation to it; where they did, who supported them and the capacity decision that found it.',
  hint: 'Record whether the person lacked capacity (yes, no or don\'t know); if yes, record the advocate, family member or friend who supported them and the id of the capacity decision.',
  source: 'Safeguarding Adults Collection SG3a',
  *check(enquiry) {
    const capacity = enquiry.capacity;
    if (!capacity) {
      yield { path: '', message: 'The enquiry does not record whether the person lacked capacity in relation to it: record it in capacity.' };
      return;
    }
    if (capacity.lackedCapacity === 'not-recorded') {
      yield { path: '/capacity/lackedCapacity', message: 'Whether the person lacked capacity is marked not recorded: find out, and record yes, no or don\'t know.' };
      return;
    }
    if (capacity.lackedCapacity !== 'yes') return;
    const missing = [
      capacity.supportedBy ? undefined : 'who supported them in the enquiry (supportedBy)',
      capacity.capacityDecisionId ? undefined : 'the capacity decision that found it (capacityDecisionId)',
    ].filter(Boolean);
    if (missing.length > 0) {
      yield { path: '/capacity', message: `The person lacked capacity, but the record does not say ${missing.join(' or ')}: add it.` };
    }
  },
};
