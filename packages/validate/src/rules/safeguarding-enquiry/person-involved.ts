import type { SafeguardingEnquiry } from '@goodday/schemas';
import { pointer } from '../../json-pointer.js';
import type { Rule } from '../../rule.js';
import { difficultyAreas } from '../involvement.js';

export const personInvolved: Rule<SafeguardingEnquiry> = {
  id: 'safeguarding-enquiry/person-involved',
  title: 'Person involved in the enquiry',
  kind: 'safeguarding-enquiry',
  severity: 'warning',
  stage: 'draft',
  message: 'The person was invited to meetings about them, with support to take part where they need it.',
  hint: 'Invite the person to each meeting about them, in a way and place that suits them, with an advocate, family member or friend to support them if they need it.',
  source: 'HICM action card 4.5',
  *check(enquiry) {
    // With no appropriate person and no advocate, the advocacy rule reports the missing support, once.
    const needsSupport = difficultyAreas(enquiry).length > 0 && enquiry.appropriatePerson !== undefined && enquiry.advocacy?.involved !== true;
    for (const [i, meeting] of (enquiry.meetings ?? []).entries()) {
      // By id only: what a meeting was for is a practitioner's free text, and findings never quote the record.
      const name = `meeting ${meeting.id}`;
      if (!meeting.personInvited) {
        yield { path: pointer('meetings', i), message: `The person was not invited to ${name}: invite them to meetings about them, with support if they need it.` };
      } else if (needsSupport && !meeting.supportedBy) {
        yield { path: pointer('meetings', i), message: `The person would have substantial difficulty taking part, but no one is recorded as supporting them at ${name}: arrange support and record who gave it (supportedBy).` };
      }
    }
  },
};
