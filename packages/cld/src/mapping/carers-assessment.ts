import { objectAt, stringAt } from '../read.js';
import { assessmentEvents } from './assessment.js';
import type { KindMapping, Mapped } from './mapping.js';

/** A Care Act s10 carer's assessment: one Assessment event for a Carer, Long Term when eligibility under reg 3 was determined. */
export const carersAssessmentMapping: KindMapping = {
  kind: 'carers-assessment',
  // The carer, not a cared-for person, is the one the row is about.
  personRef: (record) => stringAt(objectAt(record, 'carer'), 'personRef'),
  events: (record): Mapped => assessmentEvents(record, 'Carer', true),
};
