import type { JsonSchema } from '@goodday/schemas';

// Short text (names, roles) is at most 500 characters in the schemas; anything longer is the person's or a practitioner's words.
const SHORT_TEXT = 500;

/** True for free text long enough to need a text area. */
export const isLongText = (schema: JsonSchema): boolean =>
  schema.type === 'string' && schema.oneOf === undefined && schema.format === undefined && typeof schema.maxLength === 'number' && schema.maxLength > SHORT_TEXT;

/** The question to ask for a field, from the schema's `x-prompt`. */
export const promptOf = (schema: JsonSchema): string | undefined => (typeof schema['x-prompt'] === 'string' ? schema['x-prompt'] : undefined);

/** An object schema's properties, in the schema's order. */
export const propertiesOf = (schema: JsonSchema | undefined): [string, JsonSchema][] => Object.entries(schema?.properties ?? {});

/** The schema of an array's items, when it is one schema. */
export const itemsOf = (schema: JsonSchema): JsonSchema | undefined => (schema.type === 'array' && schema.items && !Array.isArray(schema.items) ? schema.items : undefined);
