import type { Questionnaire as MedplumQuestionnaire, QuestionnaireResponse as MedplumQuestionnaireResponse } from '@medplum/fhirtypes';
import { expect, it } from 'vitest';
import * as api from './index.js';

it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual(['FhirError', 'UNMAPPED_EXTENSION', 'fromQuestionnaireResponse', 'isFhirError', 'questionnaireVersions', 'toQuestionnaire', 'toQuestionnaireResponse'].sort());
});

it('gives resources that type-check as @medplum/fhirtypes FHIR R4 resources (the type check fails otherwise)', () => {
  const questionnaire: MedplumQuestionnaire = api.toQuestionnaire('assessment');
  const response: MedplumQuestionnaireResponse = api.toQuestionnaireResponse({ $schema: questionnaire.url, id: 'ASM-1', status: 'draft' });
  expect(api.fromQuestionnaireResponse(response)).toEqual({ $schema: questionnaire.url, id: 'ASM-1', status: 'draft' });
});
