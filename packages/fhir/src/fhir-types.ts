// The small part of FHIR R4 this package reads and writes, typed structurally so the published types need no FHIR
// package; a test checks they agree with @medplum/fhirtypes.

/** A FHIR extension with one value, as this package writes them. */
export interface Extension {
  readonly url: string;
  readonly valueString?: string;
  readonly valueCodeableConcept?: CodeableConcept;
}

/** A code from a code system, with its label. */
export interface Coding {
  readonly system?: string;
  readonly code?: string;
  readonly display?: string;
}

export interface CodeableConcept {
  readonly coding?: readonly Coding[];
  readonly text?: string;
}

/** The kinds of Questionnaire item this package generates (FHIR R4 `Questionnaire.item.type`). */
export type QuestionnaireItemType = 'group' | 'display' | 'string' | 'text' | 'boolean' | 'date' | 'dateTime' | 'integer' | 'decimal' | 'choice';

/** When an item is shown: another item's answer exists, or equals a value. */
export interface QuestionnaireItemEnableWhen {
  readonly question: string;
  readonly operator: 'exists' | '=';
  readonly answerBoolean?: boolean;
  readonly answerCoding?: Coding;
}

/** One item of a Questionnaire: a group, a question or help text. */
export interface QuestionnaireItem {
  readonly linkId: string;
  readonly text?: string;
  readonly type: QuestionnaireItemType;
  readonly required?: boolean;
  readonly repeats?: boolean;
  readonly maxLength?: number;
  readonly answerValueSet?: string;
  readonly enableWhen?: readonly QuestionnaireItemEnableWhen[];
  readonly enableBehavior?: 'all' | 'any';
  readonly extension?: readonly Extension[];
  readonly item?: readonly QuestionnaireItem[];
}

/** A contained ValueSet: one code list, its codes and labels. */
export interface ValueSet {
  readonly resourceType: 'ValueSet';
  readonly id: string;
  readonly name?: string;
  readonly title?: string;
  readonly status: 'active';
  readonly compose: { readonly include: readonly { readonly system: string; readonly concept: readonly { readonly code: string; readonly display?: string }[] }[] };
}

/** A FHIR R4 Questionnaire, as this package generates it. */
export interface Questionnaire {
  readonly resourceType: 'Questionnaire';
  readonly id: string;
  readonly url: string;
  readonly version: string;
  readonly name: string;
  readonly title: string;
  readonly status: 'active';
  readonly description?: string;
  readonly contained: readonly ValueSet[];
  readonly item: readonly QuestionnaireItem[];
}

/** One answer of a QuestionnaireResponse item. */
export interface QuestionnaireResponseAnswer {
  readonly valueString?: string;
  readonly valueBoolean?: boolean;
  readonly valueDate?: string;
  readonly valueDateTime?: string;
  readonly valueInteger?: number;
  readonly valueDecimal?: number;
  readonly valueCoding?: Coding;
}

/** One item of a QuestionnaireResponse: the answers to a question, or the items of a group. */
export interface QuestionnaireResponseItem {
  readonly linkId: string;
  readonly text?: string;
  readonly extension?: readonly Extension[];
  readonly answer?: readonly QuestionnaireResponseAnswer[];
  readonly item?: readonly QuestionnaireResponseItem[];
}

/** A FHIR R4 QuestionnaireResponse, as this package writes and reads it. */
export interface QuestionnaireResponse {
  readonly resourceType: 'QuestionnaireResponse';
  /** `<Questionnaire.url>|<Questionnaire.version>`: which Questionnaire, and so which schema, it answers. */
  readonly questionnaire: string;
  readonly status: 'in-progress' | 'completed';
  readonly identifier?: { readonly value: string };
  readonly extension?: readonly Extension[];
  readonly item?: readonly QuestionnaireResponseItem[];
}
