import { assessmentMapping } from './assessment.js';
import { carersAssessmentMapping } from './carers-assessment.js';
import type { KindMapping } from './mapping.js';
import { capacityDecisionMapping, safeguardingEnquiryMapping } from './no-events.js';
import { reviewMapping } from './review.js';
import { supportPlanMapping } from './support-plan.js';

/** The mapping for each Good Day kind. */
export const MAPPINGS: ReadonlyMap<string, KindMapping> = new Map(
  [assessmentMapping, carersAssessmentMapping, supportPlanMapping, reviewMapping, safeguardingEnquiryMapping, capacityDecisionMapping].map((m) => [m.kind, m]),
);
