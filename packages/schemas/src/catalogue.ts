import assessment100 from '../../../schemas/assessment/1.0.0.json' with { type: 'json' };
import assessment110 from '../../../schemas/assessment/1.1.0.json' with { type: 'json' };
import capacityDecision100 from '../../../schemas/capacity-decision/1.0.0.json' with { type: 'json' };
import capacityDecision110 from '../../../schemas/capacity-decision/1.1.0.json' with { type: 'json' };
import common100 from '../../../schemas/common/1.0.0.json' with { type: 'json' };
import common110 from '../../../schemas/common/1.1.0.json' with { type: 'json' };
import common120 from '../../../schemas/common/1.2.0.json' with { type: 'json' };
import safeguardingEnquiry100 from '../../../schemas/safeguarding-enquiry/1.0.0.json' with { type: 'json' };
import safeguardingEnquiry110 from '../../../schemas/safeguarding-enquiry/1.1.0.json' with { type: 'json' };
import supportPlan100 from '../../../schemas/support-plan/1.0.0.json' with { type: 'json' };
import supportPlan110 from '../../../schemas/support-plan/1.1.0.json' with { type: 'json' };
import type { JsonSchema } from './json-schema.js';

// Every version ever published stays here, so an old record always validates against its own version.
export const publishedSchemas: readonly JsonSchema[] = [
  common100,
  common110,
  common120,
  assessment100,
  assessment110,
  supportPlan100,
  supportPlan110,
  safeguardingEnquiry100,
  safeguardingEnquiry110,
  capacityDecision100,
  capacityDecision110,
];

// The same, by name, oldest first: a per-kind bundle (`@goodday/validate/<kind>`) takes its kind's and the common ones
// alone, and a bundler drops the rest. Tested against publishedSchemas.
/** Every published version of the common building blocks, oldest first. */
export const commonSchemas: readonly JsonSchema[] = [common100, common110, common120];
/** Every published version of the assessment schema, oldest first. */
export const assessmentSchemas: readonly JsonSchema[] = [assessment100, assessment110];
/** Every published version of the support plan schema, oldest first. */
export const supportPlanSchemas: readonly JsonSchema[] = [supportPlan100, supportPlan110];
/** Every published version of the safeguarding enquiry schema, oldest first. */
export const safeguardingEnquirySchemas: readonly JsonSchema[] = [safeguardingEnquiry100, safeguardingEnquiry110];
/** Every published version of the capacity decision schema, oldest first. */
export const capacityDecisionSchemas: readonly JsonSchema[] = [capacityDecision100, capacityDecision110];
