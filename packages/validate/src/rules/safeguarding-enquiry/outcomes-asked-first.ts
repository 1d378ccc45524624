import type { SafeguardingEnquiry } from '@goodday/schemas';
import type { Rule } from '../../rule.js';
import { formatDate, isAfter } from '../time.js';

const askedCodes = new Set(['yes-outcomes-expressed', 'yes-no-outcomes-expressed']);

export const outcomesAskedFirst: Rule<SafeguardingEnquiry> = {
  id: 'safeguarding-enquiry/outcomes-asked-first',
  title: 'Outcomes asked first',
  kind: 'safeguarding-enquiry',
  severity: 'error',
  stage: 'draft',
  message: 'The person, or their representative, was asked what they want from the enquiry at or before its first action.',
  hint: 'Before the enquiry does anything, ask the person (or their representative) what they want to happen, and record when and what they said.',
  source: 'Making Safeguarding Personal; Safeguarding Adults Collection SG4a',
  *check(enquiry) {
    const actions = enquiry.actions ?? [];
    if (actions.length === 0 && enquiry.status !== 'concluded') return;
    const msp = enquiry.makingSafeguardingPersonal;
    const when = actions.length > 0 ? 'before the enquiry acted' : 'before the enquiry concluded';
    if (!msp) {
      yield { path: '', message: `The record does not say whether the person was asked what they want ${when}: ask them (or their representative), and record it in makingSafeguardingPersonal.` };
      return;
    }
    if (!askedCodes.has(msp.asked)) {
      yield { path: '/makingSafeguardingPersonal/asked', message: `The record says the person was not asked what they want, or that it is not known, ${when}: ask them (or their representative) and record their answer.` };
      return;
    }
    if (!msp.askedAt) {
      yield { path: '/makingSafeguardingPersonal', message: 'The record does not say when the person was asked what they want: add askedAt.' };
      return;
    }
    const first = actions.reduce<(typeof actions)[number] | undefined>((a, b) => (a === undefined || isAfter(a.at, b.at) ? b : a), undefined);
    if (first && isAfter(msp.askedAt, first.at)) {
      yield {
        path: '/makingSafeguardingPersonal/askedAt',
        message: `The person was asked what they want on ${formatDate(msp.askedAt)}, after the enquiry's first action (${first.id}, ${formatDate(first.at)}): ask first, so that what they want shapes what is done.`,
      };
    }
  },
};
