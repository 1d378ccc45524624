import { latestVersion, type RecordKind } from '@goodday/schemas';
import { llmSchemas } from './generated/index.js';
import type { LlmSchema, Provider } from './llm-schema-type.js';

/** Which provider, and which published version (the newest when left out). */
export interface LlmSchemaOptions {
  readonly provider: Provider;
  readonly version?: string;
}

/**
 * The strict schema of a record kind for a provider's structured outputs. OpenAI gets the whole record as one
 * section; Anthropic gets sections, one request each, because its strict mode allows 16 union-typed and 24 optional
 * parameters a request. Join the answers with `fromModelOutput`.
 * @throws Error when the kind, version or provider is not one Good Day publishes.
 */
export function llmSchema(kind: RecordKind, options: LlmSchemaOptions): LlmSchema {
  const version = options.version ?? latestVersion(kind);
  const found = llmSchemas.find((s) => s.kind === kind && s.version === version && s.provider === options.provider);
  if (!found) {
    const known = [...new Set(llmSchemas.filter((s) => s.kind === kind).map((s) => s.version))].join(', ') || 'none';
    throw new Error(`There is no ${options.provider} schema for ${kind} version ${version ?? '(none)'}: the published versions are ${known}, and the providers are openai and anthropic.`);
  }
  return found;
}

/** Every version with a schema for models, oldest first. */
export function llmVersions(kind: RecordKind): readonly string[] {
  return [...new Set(llmSchemas.filter((s) => s.kind === kind).map((s) => s.version))];
}
