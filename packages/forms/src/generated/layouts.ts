/* Generated from schemas/ by packages/forms/scripts/build-forms.mjs. Generated — do not edit. */
import type { RecordKind } from '@goodday/schemas';
import type { Layout } from '../layout.js';
import { assessmentLayout } from '../kinds/assessment.js';
import { capacityDecisionLayout } from '../kinds/capacity-decision.js';
import { carersAssessmentLayout } from '../kinds/carers-assessment.js';
import { reviewLayout } from '../kinds/review.js';
import { safeguardingEnquiryLayout } from '../kinds/safeguarding-enquiry.js';
import { supportPlanLayout } from '../kinds/support-plan.js';

/** Every kind's form, in the order of the conversation. */
export const layouts: Readonly<Record<RecordKind, Layout>> = {
  "assessment": assessmentLayout,
  "capacity-decision": capacityDecisionLayout,
  "carers-assessment": carersAssessmentLayout,
  "review": reviewLayout,
  "safeguarding-enquiry": safeguardingEnquiryLayout,
  "support-plan": supportPlanLayout,
};
