import type { RecordKind } from '@goodday/schemas';
import type { Questionnaire } from './fhir-types.js';

/** One generated file: the kind and version it is for, and its Questionnaire. */
export interface GeneratedQuestionnaire {
  readonly kind: RecordKind;
  readonly version: string;
  readonly questionnaire: Questionnaire;
}

// The JSON import widens literal types (resourceType, status, item types): the build script writes only these shapes.
export const asGenerated = (file: { readonly kind: string; readonly version: string; readonly questionnaire: object }): GeneratedQuestionnaire => file as GeneratedQuestionnaire;
