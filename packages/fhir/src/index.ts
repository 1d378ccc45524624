export { toQuestionnaire, questionnaireVersions } from './questionnaire.js';
export { toQuestionnaireResponse } from './to-questionnaire-response.js';
export { fromQuestionnaireResponse } from './from-questionnaire-response.js';
export { UNMAPPED_EXTENSION } from './extensions.js';
export { FhirError, isFhirError, type FhirErrorCode } from './fhir-error.js';
export type * from './fhir-types.js';
