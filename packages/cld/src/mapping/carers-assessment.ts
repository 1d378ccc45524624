import { stringAt, objectAt } from '../read.js';
import { assessmentDates, assessmentOutcome, assessmentTypeOf } from './assessment.js';
import { NO_COMPLETION_DATE, type KindMapping, type Mapped } from './mapping.js';

/**
 * A Care Act s10 carer's assessment (carers-assessment 1.0.0): one Assessment event for a Carer, Long Term when
 * eligibility under reg 3 was determined. Its own file, as the kind is new and its mapping may change at merge.
 */
export const carersAssessmentMapping: KindMapping = {
  kind: 'carers-assessment',
  // The carer, not a cared-for person, is the one the row is about.
  personRef: (record) => stringAt(objectAt(record, 'carer'), 'personRef'),
  events(record): Mapped {
    const { start, end } = assessmentDates(record);
    if (end === undefined) return { skipped: NO_COMPLETION_DATE };
    return {
      events: [
        {
          id: stringAt(record, 'id') ?? '',
          eventType: 'Assessment',
          clientType: 'Carer',
          periodRule: 'completed',
          start,
          end,
          fields: {
            Assessment_Type: assessmentTypeOf(record),
            Event_Outcome: assessmentOutcome(record, { wantsFieldFrom: true }),
          },
        },
      ],
    };
  },
};
