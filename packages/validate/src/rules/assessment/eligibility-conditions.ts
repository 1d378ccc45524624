import type { Assessment } from '@goodday/schemas';
import { pointer } from '../../json-pointer.js';
import type { Rule, Violation } from '../../rule.js';

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
    const needIds = new Set((record.needs ?? []).map((n) => n.id));
    const unable = e.unableToAchieve ?? [];
    const issues: Violation[] = [];

    for (const [i, entry] of unable.entries()) {
      if ((entry.limbs ?? []).length === 0) {
        issues.push({ path: pointer(...base, 'unableToAchieve', i, 'limbs'), message: `Outcome ${entry.outcome} does not say why the person cannot achieve it: add the regulation 2(3) reason (limbs).` });
      }
      if ((entry.needIds ?? []).length === 0) {
        issues.push({ path: pointer(...base, 'unableToAchieve', i, 'needIds'), message: `Outcome ${entry.outcome} does not name the needs behind it: add their ids to needIds.` });
      }
      for (const [j, id] of (entry.needIds ?? []).entries()) {
        if (!needIds.has(id)) {
          issues.push({ path: pointer(...base, 'unableToAchieve', i, 'needIds', j), message: `Outcome ${entry.outcome} names need ${id}, which is not in this assessment: correct the id or record the need.` });
        }
      }
    }
    for (const [j, id] of (e.eligibleNeedIds ?? []).entries()) {
      if (!needIds.has(id)) {
        issues.push({ path: pointer(...base, 'eligibleNeedIds', j), message: `Eligible need ${id} is not in this assessment: correct the id or record the need.` });
      }
    }
    if (!e.reasons) {
      issues.push({ path: pointer(...base), message: 'The determination has no written reasons: record the reasons, in plain words, so they can be given to the person.' });
    }

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
    if (e.eligible && (e.eligibleNeedIds ?? []).length === 0) {
      issues.push({ path: pointer(...base, 'eligibleNeedIds'), message: 'The person is eligible but no eligible needs are named: add their ids to eligibleNeedIds.' });
    }
    if (!e.eligible && (e.eligibleNeedIds ?? []).length > 0) {
      issues.push({ path: pointer(...base, 'eligibleNeedIds'), message: 'The person is recorded as not eligible, yet needs are named as eligible: correct one or the other.' });
    }
    yield* issues;
  },
};
