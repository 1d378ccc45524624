export * from './schema-id.js';
export * from './registry.js';
export * from './generated/schemas-by-name.js';
export { kindTable } from './kinds.js';
export * from './code-lists.js';
export { plainLabel } from './plain-labels.js';
export type { JsonSchema } from './json-schema.js';
export type * from './generated/types.js';
