/* Generated from schemas/ by packages/forms/scripts/build-forms.mjs. Generated — do not edit. */
import type { JsonSchema, RecordKind } from '@goodday/schemas';
import assessment1_0_0 from './assessment-1.0.0.json' with { type: 'json' };
import assessment1_1_0 from './assessment-1.1.0.json' with { type: 'json' };
import capacityDecision1_0_0 from './capacity-decision-1.0.0.json' with { type: 'json' };
import capacityDecision1_1_0 from './capacity-decision-1.1.0.json' with { type: 'json' };
import carersAssessment1_0_0 from './carers-assessment-1.0.0.json' with { type: 'json' };
import review1_0_0 from './review-1.0.0.json' with { type: 'json' };
import safeguardingEnquiry1_0_0 from './safeguarding-enquiry-1.0.0.json' with { type: 'json' };
import safeguardingEnquiry1_1_0 from './safeguarding-enquiry-1.1.0.json' with { type: 'json' };
import supportPlan1_0_0 from './support-plan-1.0.0.json' with { type: 'json' };
import supportPlan1_1_0 from './support-plan-1.1.0.json' with { type: 'json' };

/** Every form-ready schema: one per record kind and published version, oldest first. */
export const formSchemas: readonly { readonly kind: RecordKind; readonly version: string; readonly schema: JsonSchema }[] = [
  { kind: 'assessment', version: '1.0.0', schema: assessment1_0_0 as JsonSchema },
  { kind: 'assessment', version: '1.1.0', schema: assessment1_1_0 as JsonSchema },
  { kind: 'capacity-decision', version: '1.0.0', schema: capacityDecision1_0_0 as JsonSchema },
  { kind: 'capacity-decision', version: '1.1.0', schema: capacityDecision1_1_0 as JsonSchema },
  { kind: 'carers-assessment', version: '1.0.0', schema: carersAssessment1_0_0 as JsonSchema },
  { kind: 'review', version: '1.0.0', schema: review1_0_0 as JsonSchema },
  { kind: 'safeguarding-enquiry', version: '1.0.0', schema: safeguardingEnquiry1_0_0 as JsonSchema },
  { kind: 'safeguarding-enquiry', version: '1.1.0', schema: safeguardingEnquiry1_1_0 as JsonSchema },
  { kind: 'support-plan', version: '1.0.0', schema: supportPlan1_0_0 as JsonSchema },
  { kind: 'support-plan', version: '1.1.0', schema: supportPlan1_1_0 as JsonSchema },
];
