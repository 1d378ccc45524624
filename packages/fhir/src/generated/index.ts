/* Generated from schemas/ by packages/fhir/scripts/build-fhir.mjs. Generated — do not edit. */
import { asGenerated, type GeneratedQuestionnaire } from '../generated-questionnaire.js';
import assessment1_0_0 from './assessment-1.0.0.json' with { type: 'json' };
import assessment1_1_0 from './assessment-1.1.0.json' with { type: 'json' };
import supportPlan1_0_0 from './support-plan-1.0.0.json' with { type: 'json' };
import supportPlan1_1_0 from './support-plan-1.1.0.json' with { type: 'json' };
import safeguardingEnquiry1_0_0 from './safeguarding-enquiry-1.0.0.json' with { type: 'json' };
import safeguardingEnquiry1_1_0 from './safeguarding-enquiry-1.1.0.json' with { type: 'json' };
import capacityDecision1_0_0 from './capacity-decision-1.0.0.json' with { type: 'json' };
import capacityDecision1_1_0 from './capacity-decision-1.1.0.json' with { type: 'json' };
import review1_0_0 from './review-1.0.0.json' with { type: 'json' };
import carersAssessment1_0_0 from './carers-assessment-1.0.0.json' with { type: 'json' };

/** Every Questionnaire: one per record kind and published version, oldest first. */
export const questionnaires: readonly GeneratedQuestionnaire[] = [
  asGenerated(assessment1_0_0),
  asGenerated(assessment1_1_0),
  asGenerated(supportPlan1_0_0),
  asGenerated(supportPlan1_1_0),
  asGenerated(safeguardingEnquiry1_0_0),
  asGenerated(safeguardingEnquiry1_1_0),
  asGenerated(capacityDecision1_0_0),
  asGenerated(capacityDecision1_1_0),
  asGenerated(review1_0_0),
  asGenerated(carersAssessment1_0_0),
];
