import { assessmentType, eventOutcome, labelOf } from '../code-list.js';
import { INDIVIDUAL_LEVEL, SYSTEM_LEVEL, type CldValue } from '../not-held.js';
import { arrayAt, booleanAt, dateOf, objectAt, stringAt, type Json } from '../read.js';
import { NO_COMPLETION_DATE, type KindMapping, type Mapped } from './mapping.js';

/**
 * An assessment's Event_Outcome from what it records: eligible and wanting the council to meet the needs → support
 * planning; eligible and not wanting it → support declined; not eligible with advice given → information and advice.
 * Anything else the record does not say. Shared with the carer's assessment, which records the same things.
 */
export function assessmentOutcome(record: Json, { wantsFieldFrom }: { wantsFieldFrom: boolean }): CldValue {
  const eligibility = objectAt(record, 'eligibility');
  const eligible = booleanAt(eligibility, 'eligible');
  if (eligible === true) {
    const wants = booleanAt(objectAt(eligibility, 'wantsCouncilToMeetNeeds'), 'agreed');
    if (wants === true) return labelOf(eventOutcome, 'progress-to-support-planning');
    if (wants === false) return labelOf(eventOutcome, 'nfa-support-declined');
    // Before the schema could say whether the person wants the council to meet their needs, no record can.
    return wantsFieldFrom ? INDIVIDUAL_LEVEL : SYSTEM_LEVEL;
  }
  if (eligible === false && arrayAt(record, 'advice').length > 0) return labelOf(eventOutcome, 'nfa-information-and-advice');
  return INDIVIDUAL_LEVEL;
}

/** Long Term where Care Act eligibility was determined, Short Term otherwise (glossary "Assessment type"). */
export function assessmentTypeOf(record: Json): string {
  const determined = booleanAt(objectAt(record, 'eligibility'), 'eligible') !== undefined;
  return labelOf(assessmentType, determined ? 'long-term' : 'short-term');
}

/** An assessment's dates: started, and completed (or, failing that, when eligibility was determined). */
export function assessmentDates(record: Json): { start: CldValue; end: string | undefined } {
  return {
    start: dateOf(stringAt(record, 'startedAt')) ?? INDIVIDUAL_LEVEL,
    end: dateOf(stringAt(record, 'completedAt')) ?? dateOf(stringAt(objectAt(record, 'eligibility'), 'determinedAt')),
  };
}

/**
 * The one Assessment event of a completed assessment or carer's assessment, for a Service User or a Carer; none
 * without a completion date. `wantsFieldFrom`: whether the record's version can say if the council is to meet the needs.
 */
export function assessmentEvents(record: Json, clientType: 'Service User' | 'Carer', wantsFieldFrom: boolean): Mapped {
  const { start, end } = assessmentDates(record);
  if (end === undefined) return { skipped: NO_COMPLETION_DATE };
  return {
    events: [
      {
        id: stringAt(record, 'id') ?? '',
        eventType: 'Assessment',
        clientType,
        periodRule: 'completed',
        start,
        end,
        fields: { Assessment_Type: assessmentTypeOf(record), Event_Outcome: assessmentOutcome(record, { wantsFieldFrom }) },
      },
    ],
  };
}

/** A Care Act s9 needs assessment: one Assessment event for a Service User. */
export const assessmentMapping: KindMapping = {
  kind: 'assessment',
  // "wantsCouncilToMeetNeeds" came in assessment 1.1.0.
  events: (record, version): Mapped => assessmentEvents(record, 'Service User', version !== '1.0.0'),
};
