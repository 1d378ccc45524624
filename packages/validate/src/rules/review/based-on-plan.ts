import type { Review, SupportPlan } from '@goodday/schemas';
import { pointer } from '../../json-pointer.js';
import type { Rule, Violation } from '../../rule.js';
import { findRelated, notAmongRelated } from '../related.js';

/** Checks the review against its plan, when the caller gave it as a related record: every goal of the plan, and only those. */
function* againstPlan(review: Review, plan: Partial<SupportPlan>, name: string): Generator<Violation> {
  const planGoals = (Array.isArray(plan.goals) ? plan.goals : []).map((g) => g?.id).filter((id): id is string => typeof id === 'string');
  const known = new Set(planGoals);
  const reviewed = new Set<string>();
  for (const [i, goal] of (review.goals ?? []).entries()) {
    reviewed.add(goal.goalId);
    if (!known.has(goal.goalId)) yield { path: pointer('goals', i, 'goalId'), message: `Goal ${goal.goalId} is not in the ${name}: correct the id.` };
  }
  // A draft may not have reached every goal yet; a complete review has.
  const missing = review.status === 'complete' ? planGoals.filter((id) => !reviewed.has(id)) : [];
  if (missing.length > 0) {
    yield {
      path: review.goals ? '/goals' : '',
      message: `The review does not look at ${missing.length === 1 ? 'goal' : 'goals'} ${missing.join(', ')} of the ${name}: review every goal of the plan with the person.`,
    };
  }
}

export const basedOnPlan: Rule<Review> = {
  id: 'review/based-on-plan',
  title: 'Based on a plan',
  kind: 'review',
  severity: 'error',
  stage: 'draft',
  message: 'The review names the care and support plan (id and version) it reviews and, once complete, looks at every goal of that plan.',
  hint: 'Fill in reviewOf from the plan; give the plan as a related record (goodday validate review.json --with plan.json) to check that every goal is reviewed.',
  source: 'Care Act 2014 s27(1)',
  *check(review, context) {
    const of = review.reviewOf;
    if (!of?.planId || !of.planVersion) {
      yield { path: of ? '/reviewOf' : '', message: 'The review does not name the plan it reviews: record the plan\'s id and schema version in reviewOf.' };
      return;
    }
    if (context.related === undefined) return;
    const plan = findRelated<SupportPlan>(context, 'support-plan', of.planId, of.planVersion);
    if (!plan) {
      yield notAmongRelated('/reviewOf', 'plan', of.planId, of.planVersion);
      return;
    }
    yield* againstPlan(review, plan, `plan ${of.planId}`);
  },
};
