import { codeLabel, codeList, type SafeguardingEnquiry } from '@goodday/schemas';
import { pointer } from '../../json-pointer.js';
import type { Rule } from '../../rule.js';

export const s42Conditions: Rule<SafeguardingEnquiry> = {
  id: 'safeguarding-enquiry/s42-conditions',
  title: 'Section 42 conditions',
  kind: 'safeguarding-enquiry',
  severity: 'error',
  stage: 'draft',
  message: 'A section 42 enquiry records each of the three conditions of section 42(1), and all three are met.',
  hint: 'Record, for each condition, whether there is reasonable cause to suspect it and why; where one is not met, record the enquiry as an other safeguarding enquiry.',
  source: 'Care Act 2014 s42(1)',
  *check(enquiry) {
    const decision = enquiry.s42Decision;
    if (decision?.enquiryType !== 'section-42') return;
    const conditions = decision.conditions ?? [];
    const recorded = new Set<string>(conditions.map((c) => c.condition));
    const missing = codeList('S42Condition').filter((c) => !recorded.has(c.code));
    if (missing.length > 0) {
      yield {
        path: '/s42Decision',
        message: `This is recorded as a section 42 enquiry, but not whether there is reasonable cause to suspect that the person ${missing.map((c) => c.label).join('; or that they ')}: record each condition and why.`,
      };
    }
    for (const [i, finding] of conditions.entries()) {
      if (finding.met) continue;
      yield {
        path: pointer('s42Decision', 'conditions', i),
        message: `A section 42 enquiry needs all three conditions, but this one is recorded as not met (the person ${codeLabel('S42Condition', finding.condition)}): record the enquiry as an other safeguarding enquiry, or correct the finding.`,
      };
    }
  },
};
