import type { Assessment } from '@goodday/schemas';
import { pointer } from '../../json-pointer.js';
import type { Rule, Violation } from '../../rule.js';
import { determinationRecorded, eligibleNeedsMatchResult } from '../eligibility.js';

export const eligibilityConditions: Rule<Assessment> = {
  id: 'assessment/eligibility-conditions',
  title: 'Eligibility conditions',
  kind: 'assessment',
  severity: 'error',
  stage: 'draft',
  message:
    'The determination agrees with regulation 2: eligible only if the needs arise from an impairment or illness, two or more outcomes cannot be achieved (each with its reason and the needs behind it), and there is a significant impact on wellbeing.',
  hint: 'Record each of the three conditions, each outcome with why it cannot be achieved and the needs behind it, and written reasons; then check the result follows from them.',
  source: 'Care and Support (Eligibility Criteria) Regulations 2015 reg 2; Care Act 2014 s13(2)',
  *check(record) {
    const e = record.eligibility;
    if (!e) return;
    const base = ['eligibility'] as const;
    const unable = e.unableToAchieve ?? [];
    const issues: Violation[] = [...determinationRecorded(new Set((record.needs ?? []).map((n) => n.id)), e, 'the person', '2(3)')];

    const outcomes = new Set(unable.map((u) => u.outcome)).size;
    const conditionsMet = e.needsAriseFromImpairmentOrIllness === true && outcomes >= 2 && e.significantImpactOnWellbeing === true;
    if (e.eligible && !conditionsMet) {
      const unmet = [
        e.needsAriseFromImpairmentOrIllness === true ? undefined : 'the needs arising from an impairment or illness',
        outcomes >= 2 ? undefined : `two or more outcomes that cannot be achieved (${outcomes} recorded)`,
        e.significantImpactOnWellbeing === true ? undefined : 'a significant impact on wellbeing',
      ].filter(Boolean);
      issues.push({ path: pointer(...base, 'eligible'), message: `The person is recorded as eligible, but the record does not show ${unmet.join(', or ')}: record the conditions or correct the determination.` });
    }
    if (!e.eligible && conditionsMet) {
      issues.push({ path: pointer(...base, 'eligible'), message: 'All three conditions are recorded as met, but the person is recorded as not eligible: correct the determination or the conditions.' });
    }
    issues.push(...eligibleNeedsMatchResult(e, 'the person'));
    yield* issues;
  },
};
