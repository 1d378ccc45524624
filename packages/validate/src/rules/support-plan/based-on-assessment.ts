import type { Assessment, SupportPlan } from '@goodday/schemas';
import { pointer } from '../../json-pointer.js';
import type { Rule, Violation } from '../../rule.js';
import { findRelated, notAmongRelated } from '../related.js';

/** Checks the plan against its assessment, when the caller gave it as a related record. */
function* againstAssessment(plan: SupportPlan, assessment: Partial<Assessment>): Generator<Violation> {
  const basedOn = plan.basedOn!;
  const needIds = new Set((Array.isArray(assessment.needs) ? assessment.needs : []).map((n) => n?.id));
  const eligible = new Set(Array.isArray(assessment.eligibility?.eligibleNeedIds) ? assessment.eligibility.eligibleNeedIds : []);
  const agreed = new Set(basedOn.agreedNonEligibleNeedIds ?? []);
  const name = `assessment ${basedOn.assessmentId}`;

  if (assessment.status !== 'complete') {
    yield { path: '/basedOn', message: `The ${name} is not complete: complete the assessment before the plan is built on it.` };
  }
  for (const [k, id] of (basedOn.eligibleNeedIds ?? []).entries()) {
    if (!needIds.has(id)) yield { path: pointer('basedOn', 'eligibleNeedIds', k), message: `Need ${id} is not in the ${name}: correct the id.` };
    else if (!eligible.has(id)) {
      yield {
        path: pointer('basedOn', 'eligibleNeedIds', k),
        message: `Need ${id} is not eligible in the ${name}: list it under agreedNonEligibleNeedIds if the council agreed to meet it, or remove it.`,
      };
    }
  }
  for (const [k, id] of (basedOn.agreedNonEligibleNeedIds ?? []).entries()) {
    if (!needIds.has(id)) yield { path: pointer('basedOn', 'agreedNonEligibleNeedIds', k), message: `Need ${id} is not in the ${name}: correct the id.` };
  }
  const listed = new Set([...(basedOn.eligibleNeedIds ?? []), ...agreed]);
  for (const [i, need] of (plan.needsToBeMet ?? []).entries()) {
    // A need basedOn does not list is reported once, without the assessment.
    if (!listed.has(need.needId)) continue;
    if (!needIds.has(need.needId)) {
      yield { path: pointer('needsToBeMet', i, 'needId'), message: `The plan meets need ${need.needId}, which is not in the ${name}: correct the id, or assess the need first.` };
    } else if (!eligible.has(need.needId) && !agreed.has(need.needId)) {
      yield {
        path: pointer('needsToBeMet', i, 'needId'),
        message: `The plan meets need ${need.needId}, which is not eligible in the ${name}: list it under agreedNonEligibleNeedIds if the council agreed to meet it.`,
      };
    }
  }
}

export const basedOnAssessment: Rule<SupportPlan> = {
  id: 'support-plan/based-on-assessment',
  title: 'Based on an assessment',
  kind: 'support-plan',
  severity: 'error',
  stage: 'draft',
  message: 'The plan names the assessment (id and version) it builds on and which of its needs are eligible, and meets only those needs or needs the council agreed to meet.',
  hint: 'Fill in basedOn from the assessment; give the assessment as a related record (goodday validate plan.json --with assessment.json) to check the needs against it.',
  source: 'Care Act 2014 s25(1)(a)(b)',
  *check(plan, context) {
    const basedOn = plan.basedOn;
    if (!basedOn?.assessmentId || !basedOn.assessmentVersion) {
      yield { path: basedOn ? '/basedOn' : '', message: 'The plan does not name the assessment it builds on: record its id and schema version in basedOn.' };
      return;
    }
    if (!basedOn.eligibleNeedIds && !basedOn.agreedNonEligibleNeedIds) {
      yield { path: '/basedOn', message: 'The plan does not say which of the assessment\'s needs are eligible: list their ids in eligibleNeedIds.' };
    }
    const listed = new Set([...(basedOn.eligibleNeedIds ?? []), ...(basedOn.agreedNonEligibleNeedIds ?? [])]);
    for (const [i, need] of (plan.needsToBeMet ?? []).entries()) {
      if (!listed.has(need.needId)) {
        yield {
          path: pointer('needsToBeMet', i, 'needId'),
          message: `The plan meets need ${need.needId}, which basedOn lists neither as eligible nor as agreed: add it to the right list, or remove it from the plan.`,
        };
      }
    }
    if (context.related === undefined) return;
    const assessment = findRelated<Assessment>(context, 'assessment', basedOn.assessmentId, basedOn.assessmentVersion);
    if (!assessment) {
      yield notAmongRelated('/basedOn', 'assessment', basedOn.assessmentId, basedOn.assessmentVersion);
      return;
    }
    yield* againstAssessment(plan, assessment);
  },
};
