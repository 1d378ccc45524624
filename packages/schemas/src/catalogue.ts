import assessment100 from '../../../schemas/assessment/1.0.0.json' with { type: 'json' };
import capacityDecision100 from '../../../schemas/capacity-decision/1.0.0.json' with { type: 'json' };
import common100 from '../../../schemas/common/1.0.0.json' with { type: 'json' };
import common110 from '../../../schemas/common/1.1.0.json' with { type: 'json' };
import safeguardingEnquiry100 from '../../../schemas/safeguarding-enquiry/1.0.0.json' with { type: 'json' };
import supportPlan100 from '../../../schemas/support-plan/1.0.0.json' with { type: 'json' };
import type { JsonSchema } from './json-schema.js';

// Every version ever published stays here, so an old record always validates against its own version.
export const publishedSchemas: readonly JsonSchema[] = [common100, common110, assessment100, supportPlan100, safeguardingEnquiry100, capacityDecision100];
