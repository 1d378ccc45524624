export {
  validate,
  validateAssessment,
  validateSupportPlan,
  validateSafeguardingEnquiry,
  validateCapacityDecision,
  isAssessment,
  isSupportPlan,
  isSafeguardingEnquiry,
  isCapacityDecision,
  identify,
  forEachPractitionerText,
  type ValidateOptions,
} from './validate.js';
export type { Report } from './report.js';
export type { Finding, Severity } from './finding.js';
export type { Rule, RuleDefinition, RuleStage, ValidationContext, Violation } from './rule.js';
export { rules, rulesFor } from './rules/catalogue.js';
export { GoodDayInputError, isGoodDayInputError, type InputErrorCode } from './input-error.js';
export type { LanguageOptions } from './language/lint-record.js';
export { parseRecord, defaultLimits, type InputLimits } from './limits.js';
export { pointer, readablePath, segments } from './json-pointer.js';
export { missingField } from './structure/translate.js';
