import type { JsonSchema } from '@goodday/schemas';
import type { LlmSchema } from './llm-schema-type.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The schema a node stands for: its local reference followed, and the non-null branch of a union with null. */
function concrete(schema: JsonSchema, root: JsonSchema): JsonSchema {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/$defs/', '');
    const target = root.$defs?.[name];
    return target ? concrete(target, root) : schema;
  }
  const branches = Array.isArray(schema.anyOf) ? (schema.anyOf as JsonSchema[]) : [];
  const branch = branches.find((b) => b.type !== 'null');
  return branch ? concrete(branch, root) : schema;
}

function shape(value: unknown, schema: JsonSchema, root: JsonSchema): unknown {
  const node = concrete(schema, root);
  if (Array.isArray(value)) return value.map((item) => (node.items && typeof node.items === 'object' ? shape(item, node.items, root) : item));
  if (!isObject(value) || !node.properties) return value;
  const required = new Set(node.required ?? []);
  const out: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(node.properties)) {
    if (key in value) out[key] = shape(value[key], property, root);
    else if (required.has(key)) out[key] = null;
  }
  return out;
}

/**
 * A record as a model answering `llmSchema` would write it, one object a section: every property the schema
 * requires present, null where the record has nothing. Useful for examples in a prompt; never changes the record.
 */
export function toModelShape(record: unknown, schema: LlmSchema): readonly Record<string, unknown>[] {
  return schema.sections.map((section) => {
    const shaped = shape(record, section.schema, section.schema);
    return isObject(shaped) ? shaped : {};
  });
}
