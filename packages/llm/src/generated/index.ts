/* Generated from schemas/ by packages/llm/scripts/build-llm.mjs. Generated — do not edit. */
import type { LlmSchema } from '../llm-schema-type.js';
import assessment1_0_0_openai from './assessment-1.0.0.openai.json' with { type: 'json' };
import assessment1_0_0_anthropic from './assessment-1.0.0.anthropic.json' with { type: 'json' };
import capacityDecision1_0_0_openai from './capacity-decision-1.0.0.openai.json' with { type: 'json' };
import capacityDecision1_0_0_anthropic from './capacity-decision-1.0.0.anthropic.json' with { type: 'json' };
import safeguardingEnquiry1_0_0_openai from './safeguarding-enquiry-1.0.0.openai.json' with { type: 'json' };
import safeguardingEnquiry1_0_0_anthropic from './safeguarding-enquiry-1.0.0.anthropic.json' with { type: 'json' };
import supportPlan1_0_0_openai from './support-plan-1.0.0.openai.json' with { type: 'json' };
import supportPlan1_0_0_anthropic from './support-plan-1.0.0.anthropic.json' with { type: 'json' };

/** Every schema for models: one per record kind, published version and provider. */
export const llmSchemas: readonly LlmSchema[] = [
  assessment1_0_0_openai as LlmSchema,
  assessment1_0_0_anthropic as LlmSchema,
  capacityDecision1_0_0_openai as LlmSchema,
  capacityDecision1_0_0_anthropic as LlmSchema,
  safeguardingEnquiry1_0_0_openai as LlmSchema,
  safeguardingEnquiry1_0_0_anthropic as LlmSchema,
  supportPlan1_0_0_openai as LlmSchema,
  supportPlan1_0_0_anthropic as LlmSchema,
];
