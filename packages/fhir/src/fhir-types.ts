// The small part of FHIR R4 this package reads and writes, typed structurally so the published types need no FHIR
// package; a test checks they agree with @medplum/fhirtypes.

/** A FHIR extension with one value, as this package writes them. */
export interface Extension {
  url: string;
  valueString?: string;
  valueCodeableConcept?: CodeableConcept;
}

/** A code from a code system, with its label. */
export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

/** The kinds of Questionnaire item this package generates (FHIR R4 `Questionnaire.item.type`). */
export type QuestionnaireItemType = 'group' | 'display' | 'string' | 'text' | 'boolean' | 'date' | 'dateTime' | 'integer' | 'decimal' | 'choice';

/** When an item is shown: another item's answer exists, or equals a value. */
export interface QuestionnaireItemEnableWhen {
  question: string;
  operator: 'exists' | '=';
  answerBoolean?: boolean;
  answerCoding?: Coding;
}

/** One item of a Questionnaire: a group, a question or help text. */
export interface QuestionnaireItem {
  linkId: string;
  text?: string;
  type: QuestionnaireItemType;
  required?: boolean;
  repeats?: boolean;
  maxLength?: number;
  answerValueSet?: string;
  enableWhen?: QuestionnaireItemEnableWhen[];
  enableBehavior?: 'all' | 'any';
  extension?: Extension[];
  item?: QuestionnaireItem[];
}

/** A contained ValueSet: one code list, its codes and labels. */
export interface ValueSet {
  resourceType: 'ValueSet';
  id: string;
  name?: string;
  title?: string;
  status: 'active';
  compose: { include: { system: string; concept: { code: string; display?: string }[] }[] };
  /** The same codes, expanded: what form renderers read. */
  expansion: { timestamp: string; total: number; contains: { system: string; code: string; display?: string }[] };
}

/** A FHIR R4 Questionnaire, as this package generates it. */
export interface Questionnaire {
  resourceType: 'Questionnaire';
  id: string;
  url: string;
  version: string;
  name: string;
  title: string;
  status: 'active';
  description?: string;
  contained: ValueSet[];
  item: QuestionnaireItem[];
}

/** One answer of a QuestionnaireResponse item. */
export interface QuestionnaireResponseAnswer {
  valueString?: string;
  valueBoolean?: boolean;
  valueDate?: string;
  valueDateTime?: string;
  valueInteger?: number;
  valueDecimal?: number;
  valueCoding?: Coding;
}

/** One item of a QuestionnaireResponse: the answers to a question, or the items of a group. */
export interface QuestionnaireResponseItem {
  linkId: string;
  text?: string;
  extension?: Extension[];
  answer?: QuestionnaireResponseAnswer[];
  item?: QuestionnaireResponseItem[];
}

/** A FHIR R4 QuestionnaireResponse, as this package writes and reads it. */
export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  /** `<Questionnaire.url>|<Questionnaire.version>`: which Questionnaire, and so which schema, it answers. */
  questionnaire: string;
  status: 'in-progress' | 'completed';
  identifier?: { value: string };
  extension?: Extension[];
  item?: QuestionnaireResponseItem[];
}
