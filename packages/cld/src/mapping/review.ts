import { eventOutcome, labelOf, reviewMethod, reviewOutcomesAchieved, reviewReason } from '../code-list.js';
import { INDIVIDUAL_LEVEL, type CldValue } from '../not-held.js';
import { arrayAt, booleanAt, dateOf, objectAt, stringAt, type Json } from '../read.js';
import { NO_COMPLETION_DATE, type KindMapping, type Mapped } from './mapping.js';

const codeLabel = (list: typeof reviewReason, code: string | undefined): string | undefined => (code === undefined ? undefined : list.codes.find((c) => c.code === code)?.label);

/** The review's CLD reason code as recorded; a planned review with no reason recorded is, by its type, Planned. */
function reasonOf(record: Json): CldValue {
  return codeLabel(reviewReason, stringAt(record, 'reviewReason')) ?? (stringAt(record, 'reviewType') === 'planned' ? labelOf(reviewReason, 'planned') : INDIVIDUAL_LEVEL);
}

/** The method as recorded, or from who took part: the carer did → with the carer; there is none, or they did not → the person only. */
function methodOf(record: Json): CldValue {
  const recorded = codeLabel(reviewMethod, stringAt(record, 'method'));
  if (recorded) return recorded;
  const carer = objectAt(record, 'carer');
  if (booleanAt(carer, 'tookPart') === true) return labelOf(reviewMethod, 'service-user-and-carer');
  if (booleanAt(carer, 'hasCarer') === false || booleanAt(carer, 'tookPart') === false) return labelOf(reviewMethod, 'service-user-only');
  return INDIVIDUAL_LEVEL;
}

/**
 * Outcomes achieved by the specification's rule: Fully Met only if every goal was fully met; Partially Met if at least
 * one was fully or partially met; Not Met if none was. A goal with no result recorded leaves Fully and Not Met unsayable.
 */
export function outcomesAchieved(met: readonly (string | undefined)[]): CldValue {
  if (met.length === 0) return INDIVIDUAL_LEVEL;
  const known = met.filter((m) => m === 'fully-met' || m === 'partially-met' || m === 'not-met');
  const unknown = known.length < met.length;
  const someMet = known.some((m) => m !== 'not-met');
  const allFully = known.every((m) => m === 'fully-met');
  if (allFully && !unknown) return labelOf(reviewOutcomesAchieved, 'fully-met');
  // Partially Met is sure only when a goal was met at least in part and another was not fully met, whatever the unknown ones were.
  if (someMet && !allFully) return labelOf(reviewOutcomesAchieved, 'partially-met');
  if (!someMet && !unknown) return labelOf(reviewOutcomesAchieved, 'not-met');
  return INDIVIDUAL_LEVEL;
}

const OUTCOME: Record<string, string> = {
  'no-change': 'no-change-in-package',
  'revise-plan': 'progress-to-support-planning',
  reassess: 'progress-to-reassessment',
};

/** A Care Act s27 review: one Review event, completed when its result was decided. */
export const reviewMapping: KindMapping = {
  kind: 'review',
  events(record): Mapped {
    const result = objectAt(record, 'result');
    const end = dateOf(stringAt(result, 'decidedAt')) ?? dateOf(stringAt(record, 'reviewedAt'));
    if (end === undefined) return { skipped: NO_COMPLETION_DATE };
    const recorded = stringAt(result, 'outcome') ?? '';
    // Own keys only: "constructor" is a key of every object, not a result.
    const outcome = Object.hasOwn(OUTCOME, recorded) ? OUTCOME[recorded] : undefined;
    const met = arrayAt(record, 'goals').map((g) => stringAt(g, 'met'));
    return {
      events: [
        {
          id: stringAt(record, 'id') ?? '',
          eventType: 'Review',
          clientType: 'Service User',
          periodRule: 'completed',
          start: dateOf(stringAt(record, 'reviewedAt')) ?? INDIVIDUAL_LEVEL,
          end,
          fields: {
            Event_Outcome: outcome ? labelOf(eventOutcome, outcome) : INDIVIDUAL_LEVEL,
            Review_Reason: reasonOf(record),
            Review_Outcomes_Achieved: outcomesAchieved(met),
            Method_of_Review: methodOf(record),
          },
        },
      ],
    };
  },
};
