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

// Every version ever published stays here, so an old record always validates against its own version.
export const publishedSchemas: readonly JsonSchema[] = [common1_0_0, common1_1_0, common1_2_0, assessment1_0_0, assessment1_1_0, capacityDecision1_0_0, capacityDecision1_1_0, carersAssessment1_0_0, review1_0_0, safeguardingEnquiry1_0_0, safeguardingEnquiry1_1_0, supportPlan1_0_0, supportPlan1_1_0];
