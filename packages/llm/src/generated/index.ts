/* Generated from schemas/ by packages/llm/scripts/build-llm.mjs. Generated — do not edit. */
import { asLlmSchema, type LlmSchema } from '../llm-schema-type.js';
import assessment1_0_0_openai from './assessment-1.0.0.openai.json' with { type: 'json' };
import assessment1_0_0_anthropic from './assessment-1.0.0.anthropic.json' with { type: 'json' };
import assessment1_1_0_openai from './assessment-1.1.0.openai.json' with { type: 'json' };
import assessment1_1_0_anthropic from './assessment-1.1.0.anthropic.json' with { type: 'json' };
import capacityDecision1_0_0_openai from './capacity-decision-1.0.0.openai.json' with { type: 'json' };
import capacityDecision1_0_0_anthropic from './capacity-decision-1.0.0.anthropic.json' with { type: 'json' };
import capacityDecision1_1_0_openai from './capacity-decision-1.1.0.openai.json' with { type: 'json' };
import capacityDecision1_1_0_anthropic from './capacity-decision-1.1.0.anthropic.json' with { type: 'json' };
import carersAssessment1_0_0_openai from './carers-assessment-1.0.0.openai.json' with { type: 'json' };
import carersAssessment1_0_0_anthropic from './carers-assessment-1.0.0.anthropic.json' with { type: 'json' };
import review1_0_0_openai from './review-1.0.0.openai.json' with { type: 'json' };
import review1_0_0_anthropic from './review-1.0.0.anthropic.json' with { type: 'json' };
import safeguardingEnquiry1_0_0_openai from './safeguarding-enquiry-1.0.0.openai.json' with { type: 'json' };
import safeguardingEnquiry1_0_0_anthropic from './safeguarding-enquiry-1.0.0.anthropic.json' with { type: 'json' };
import safeguardingEnquiry1_1_0_openai from './safeguarding-enquiry-1.1.0.openai.json' with { type: 'json' };
import safeguardingEnquiry1_1_0_anthropic from './safeguarding-enquiry-1.1.0.anthropic.json' with { type: 'json' };
import supportPlan1_0_0_openai from './support-plan-1.0.0.openai.json' with { type: 'json' };
import supportPlan1_0_0_anthropic from './support-plan-1.0.0.anthropic.json' with { type: 'json' };
import supportPlan1_1_0_openai from './support-plan-1.1.0.openai.json' with { type: 'json' };
import supportPlan1_1_0_anthropic from './support-plan-1.1.0.anthropic.json' with { type: 'json' };

/** Every schema for models: one per record kind, published version and provider. */
export const llmSchemas: readonly LlmSchema[] = [
  asLlmSchema(assessment1_0_0_openai),
  asLlmSchema(assessment1_0_0_anthropic),
  asLlmSchema(assessment1_1_0_openai),
  asLlmSchema(assessment1_1_0_anthropic),
  asLlmSchema(capacityDecision1_0_0_openai),
  asLlmSchema(capacityDecision1_0_0_anthropic),
  asLlmSchema(capacityDecision1_1_0_openai),
  asLlmSchema(capacityDecision1_1_0_anthropic),
  asLlmSchema(carersAssessment1_0_0_openai),
  asLlmSchema(carersAssessment1_0_0_anthropic),
  asLlmSchema(review1_0_0_openai),
  asLlmSchema(review1_0_0_anthropic),
  asLlmSchema(safeguardingEnquiry1_0_0_openai),
  asLlmSchema(safeguardingEnquiry1_0_0_anthropic),
  asLlmSchema(safeguardingEnquiry1_1_0_openai),
  asLlmSchema(safeguardingEnquiry1_1_0_anthropic),
  asLlmSchema(supportPlan1_0_0_openai),
  asLlmSchema(supportPlan1_0_0_anthropic),
  asLlmSchema(supportPlan1_1_0_openai),
  asLlmSchema(supportPlan1_1_0_anthropic),
];
