import { isRecordKind, type JsonSchema, type RecordKind } from '@goodday/schemas';

/** The model providers whose strict structured outputs Good Day exports for. */
export type Provider = 'openai' | 'anthropic';

/** Part of a record a model fills in one request: some of the record's top-level properties. */
export interface LlmSection {
  /** `record` when the whole record is one section, otherwise `part-1`, `part-2`, … */
  readonly name: string;
  /** The record's top-level properties this section holds, in schema order. */
  readonly keys: readonly string[];
  /** The strict schema to hand to the provider for this section. */
  readonly schema: JsonSchema;
}

/** What a provider is given for one record kind and version: one section for OpenAI, several for Anthropic. */
export interface LlmSchema {
  readonly kind: RecordKind;
  readonly version: string;
  readonly provider: Provider;
  readonly sections: readonly LlmSection[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isSection = (value: unknown): value is LlmSection =>
  isObject(value) && typeof value.name === 'string' && Array.isArray(value.keys) && value.keys.every((k) => typeof k === 'string') && isObject(value.schema);

const isLlmSchema = (json: unknown): json is LlmSchema =>
  isObject(json) &&
  typeof json.kind === 'string' &&
  isRecordKind(json.kind) &&
  typeof json.version === 'string' &&
  (json.provider === 'openai' || json.provider === 'anthropic') &&
  Array.isArray(json.sections) &&
  json.sections.every(isSection);

/** A generated file read as what it is, checked rather than cast. */
export function asLlmSchema(json: unknown): LlmSchema {
  if (!isLlmSchema(json)) throw new Error('A generated model schema is not in the expected shape: run `pnpm --filter @goodday/llm generate`.');
  return json;
}
