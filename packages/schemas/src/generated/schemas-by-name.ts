// Generated from schemas/ by packages/schemas/scripts/build-catalogue.mjs. Generated — do not edit.
import common1_0_0 from '../../../../schemas/common/1.0.0.json' with { type: 'json' };
import common1_1_0 from '../../../../schemas/common/1.1.0.json' with { type: 'json' };
import common1_2_0 from '../../../../schemas/common/1.2.0.json' with { type: 'json' };
import assessment1_0_0 from '../../../../schemas/assessment/1.0.0.json' with { type: 'json' };
import assessment1_1_0 from '../../../../schemas/assessment/1.1.0.json' with { type: 'json' };
import capacityDecision1_0_0 from '../../../../schemas/capacity-decision/1.0.0.json' with { type: 'json' };
import capacityDecision1_1_0 from '../../../../schemas/capacity-decision/1.1.0.json' with { type: 'json' };
import carersAssessment1_0_0 from '../../../../schemas/carers-assessment/1.0.0.json' with { type: 'json' };
import review1_0_0 from '../../../../schemas/review/1.0.0.json' with { type: 'json' };
import safeguardingEnquiry1_0_0 from '../../../../schemas/safeguarding-enquiry/1.0.0.json' with { type: 'json' };
import safeguardingEnquiry1_1_0 from '../../../../schemas/safeguarding-enquiry/1.1.0.json' with { type: 'json' };
import supportPlan1_0_0 from '../../../../schemas/support-plan/1.0.0.json' with { type: 'json' };
import supportPlan1_1_0 from '../../../../schemas/support-plan/1.1.0.json' with { type: 'json' };
import type { JsonSchema } from '../json-schema.js';

// The same as publishedSchemas, by name, oldest first: a per-kind bundle (`@goodday/validate/<kind>`) takes its kind's
// and the common ones alone, and a bundler drops the rest.
/** Every published version of the common building blocks, oldest first. */
export const commonSchemas: readonly JsonSchema[] = [common1_0_0, common1_1_0, common1_2_0];
/** Every published version of the assessment schema, oldest first. */
export const assessmentSchemas: readonly JsonSchema[] = [assessment1_0_0, assessment1_1_0];
/** Every published version of the capacity decision schema, oldest first. */
export const capacityDecisionSchemas: readonly JsonSchema[] = [capacityDecision1_0_0, capacityDecision1_1_0];
/** Every published version of the carers assessment schema, oldest first. */
export const carersAssessmentSchemas: readonly JsonSchema[] = [carersAssessment1_0_0];
/** Every published version of the review schema, oldest first. */
export const reviewSchemas: readonly JsonSchema[] = [review1_0_0];
/** Every published version of the safeguarding enquiry schema, oldest first. */
export const safeguardingEnquirySchemas: readonly JsonSchema[] = [safeguardingEnquiry1_0_0, safeguardingEnquiry1_1_0];
/** Every published version of the support plan schema, oldest first. */
export const supportPlanSchemas: readonly JsonSchema[] = [supportPlan1_0_0, supportPlan1_1_0];
