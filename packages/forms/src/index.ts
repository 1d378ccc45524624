export { formSchema, formVersions } from './form-schema.js';
export { findingsToJsonForms, findingsToRjsf, type FindingsSource, type FindingParams, type JsonFormsFindingError, type RjsfErrorSchema } from './findings.js';
