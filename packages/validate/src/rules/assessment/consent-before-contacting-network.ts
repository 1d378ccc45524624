import type { Assessment } from '@goodday/schemas';
import { pointer } from '../../json-pointer.js';
import type { Rule } from '../../rule.js';
import { atOrBefore, formatDate } from '../time.js';

export const consentBeforeContactingNetwork: Rule<Assessment> = {
  id: 'assessment/consent-before-contacting-network',
  title: 'Consent before contacting the network',
  kind: 'assessment',
  severity: 'error',
  stage: 'draft',
  message: 'Anyone in the person\'s network who was consulted has the person\'s agreement recorded at or before the consultation.',
  hint: 'Ask the person before contacting family, friends or others in their life, and record their agreement and when they gave it.',
  source: 'Care and support statutory guidance 6.64; seed care-act-strengths-based-assessment-guide (Ms L)',
  *check(record) {
    for (const [index, member] of (record.network ?? []).entries()) {
      if (member.consultedAt === undefined) continue;
      const agreement = member.contactAgreed;
      const path = pointer('network', index);
      if (!agreement) {
        yield { path, message: `Network member ${member.id} was consulted, but the person's agreement is not recorded: record whether and when they agreed.` };
      } else if (!agreement.agreed) {
        yield { path: pointer('network', index, 'contactAgreed'), message: `Network member ${member.id} was consulted although the person did not agree: do not contact people without the person's agreement, and record what happened.` };
      } else if (!atOrBefore(agreement.recordedAt, member.consultedAt)) {
        yield {
          path: pointer('network', index, 'contactAgreed'),
          message: `Network member ${member.id} was consulted on ${formatDate(member.consultedAt)}, before the person agreed on ${formatDate(agreement.recordedAt)}: ask the person first.`,
        };
      }
    }
  },
};
