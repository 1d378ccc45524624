import type { CarersAssessment } from '@goodday/schemas';
import type { Rule, Violation } from '../../rule.js';
import { determinationRecorded, eligibleNeedsMatchResult } from '../eligibility.js';

export const eligibilityConditions: Rule<CarersAssessment> = {
  id: 'carers-assessment/eligibility-conditions',
  title: 'Eligibility conditions for carers',
  kind: 'carers-assessment',
  severity: 'error',
  stage: 'draft',
  message:
    "The determination agrees with regulation 3: eligible only if the needs arise from providing necessary care, the carer's health is deteriorating or at risk or they cannot achieve a carer outcome (each with its reason and the needs behind it), and there is a significant impact on their wellbeing.",
  hint: 'Record each of the three conditions, each carer outcome with why it cannot be achieved (regulation 3(3)) and the needs behind it, and written reasons; then check the result follows from them.',
  source: 'Care and Support (Eligibility Criteria) Regulations 2015 reg 3; Care Act 2014 s13(2)',
  *check(record) {
    const e = record.eligibility;
    if (!e) return;
    const issues: Violation[] = [...determinationRecorded(new Set((record.needs ?? []).map((n) => n.id)), e, 'the carer', '3(3)')];
    const outcomes = new Set((e.unableToAchieve ?? []).map((u) => u.outcome)).size;
    // Reg 3(2): any one circumstance is enough, the carer's health or a single outcome.
    const circumstance = e.healthAtRisk === true || outcomes >= 1;
    const conditionsMet = e.needsAriseFromProvidingNecessaryCare === true && circumstance && e.significantImpactOnWellbeing === true;
    if (e.eligible && !conditionsMet) {
      const unmet = [
        e.needsAriseFromProvidingNecessaryCare === true ? undefined : 'the needs arising from providing necessary care',
        circumstance ? undefined : "the carer's health deteriorating or at risk, or a carer outcome they cannot achieve",
        e.significantImpactOnWellbeing === true ? undefined : 'a significant impact on their wellbeing',
      ].filter(Boolean);
      issues.push({ path: '/eligibility/eligible', message: `The carer is recorded as eligible, but the record does not show ${unmet.join(', or ')}: record the conditions or correct the determination.` });
    }
    if (!e.eligible && conditionsMet) {
      issues.push({ path: '/eligibility/eligible', message: 'All three conditions are recorded as met, but the carer is recorded as not eligible: correct the determination or the conditions.' });
    }
    issues.push(...eligibleNeedsMatchResult(e, 'the carer'));
    yield* issues;
  },
};
