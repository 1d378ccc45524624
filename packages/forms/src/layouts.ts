import type { RecordKind } from '@goodday/schemas';
import { assessmentLayout } from './kinds/assessment.js';
import { capacityDecisionLayout } from './kinds/capacity-decision.js';
import type { Layout } from './layout.js';
import { safeguardingEnquiryLayout } from './kinds/safeguarding-enquiry.js';
import { supportPlanLayout } from './kinds/support-plan.js';

/** Every kind's form, in the order of the conversation. */
export const layouts: Readonly<Record<RecordKind, Layout>> = {
  assessment: assessmentLayout,
  'support-plan': supportPlanLayout,
  'safeguarding-enquiry': safeguardingEnquiryLayout,
  'capacity-decision': capacityDecisionLayout,
};
