export * from './schema-id.js';
export * from './registry.js';
export { commonSchemas, assessmentSchemas, supportPlanSchemas, safeguardingEnquirySchemas, capacityDecisionSchemas } from './catalogue.js';
export * from './code-lists.js';
export { migrate } from './migrate/migrate.js';
export { MigrationError, isMigrationError, type MigrationErrorCode } from './migrate/migration-error.js';
export { plainLabel } from './plain-labels.js';
export type { JsonSchema } from './json-schema.js';
export type * from './generated/types.js';
