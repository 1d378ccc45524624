export { formSchema, formVersions } from './form-schema.js';
export { jsonFormsUiSchema, type JsonFormsUiOptions, type JsonFormsUiSchema, type JsonFormsCategory, type JsonFormsElement } from './json-forms.js';
export { keepFormData } from './keep-form-data.js';
export { rjsfUiSchema, type RjsfUiSchema } from './rjsf.js';
export { goodDayValidator, type GoodDayRjsfValidator, type RjsfValidationError } from './rjsf-validator.js';
export { findingsToJsonForms, findingsToRjsf, type FindingsSource, type FindingParams, type JsonFormsFindingError, type RjsfErrorSchema } from './findings.js';
export { holds, isOpen, type Condition, type Layout, type Section, type Waits } from './layout.js';
export { layouts } from './layouts.js';
export { stamp, type StampTime } from './stamp.js';
