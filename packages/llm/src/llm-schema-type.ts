import type { JsonSchema, RecordKind } from '@goodday/schemas';

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
