export { llmSchema, llmVersions, type LlmSchemaOptions } from './llm-schema.js';
export type { LlmSchema, LlmSection, Provider } from './llm-schema-type.js';
export { checkLlmSchema, llmConstraints, type LlmConstraint, type ConstraintBreach } from './constraints.js';
export { fromModelOutput } from './from-model-output.js';
export { toModelShape } from './to-model-shape.js';
export { feedback, type Instruction } from './feedback.js';
export { fieldInWords } from './field-in-words.js';
