import type { QuestionnaireItem, QuestionnaireResponseAnswer, ValueSet } from './fhir-types.js';

// FHIR R4's own patterns (fhir.schema.json), so that every answer written is one a FHIR validator accepts.
const FHIR_STRING = /^[ \r\n\t\S]+$/u;
const FHIR_DATE = /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])$/;
const FHIR_DATE_TIME = /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))$/;
const INT32 = 2 ** 31;

/** A code list's code system and labels, from the Questionnaire's contained ValueSet. */
export interface CodeList {
  readonly system: string;
  readonly labels: ReadonlyMap<string, string | undefined>;
}

/** The code list a choice item draws on. */
export function codeListOf(item: QuestionnaireItem, contained: readonly ValueSet[]): CodeList | undefined {
  const valueSet = contained.find((v) => `#${v.id}` === item.answerValueSet);
  const include = valueSet?.compose.include[0];
  return include ? { system: include.system, labels: new Map(include.concept.map((c) => [c.code, c.display])) } : undefined;
}

/** The FHIR answer for one value of a question, or `undefined` when the item cannot hold it as an answer. */
export function answerFor(item: QuestionnaireItem, value: unknown, codes: CodeList | undefined): QuestionnaireResponseAnswer | undefined {
  switch (item.type) {
    case 'string':
    case 'text':
      return typeof value === 'string' && FHIR_STRING.test(value) && value.length <= (item.maxLength ?? Infinity) ? { valueString: value } : undefined;
    case 'date':
      return typeof value === 'string' && FHIR_DATE.test(value) ? { valueDate: value } : undefined;
    case 'dateTime':
      return typeof value === 'string' && FHIR_DATE_TIME.test(value) ? { valueDateTime: value } : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? { valueBoolean: value } : undefined;
    case 'integer':
      return Number.isInteger(value) && Math.abs(value as number) < INT32 ? { valueInteger: value as number } : undefined;
    case 'decimal':
      return typeof value === 'number' && Number.isFinite(value) ? { valueDecimal: value } : undefined;
    case 'choice': {
      if (typeof value !== 'string' || !codes?.labels.has(value)) return undefined;
      const display = codes.labels.get(value);
      return { valueCoding: { system: codes.system, code: value, ...(display === undefined ? {} : { display }) } };
    }
    default:
      return undefined;
  }
}

/** The value of one answer, as the record holds it; `undefined` when the answer is not of the item's type. */
export function valueOf(item: QuestionnaireItem, answer: QuestionnaireResponseAnswer, codes: CodeList | undefined): unknown {
  switch (item.type) {
    case 'string':
    case 'text':
      return typeof answer.valueString === 'string' ? answer.valueString : undefined;
    case 'date':
      return typeof answer.valueDate === 'string' ? answer.valueDate : undefined;
    case 'dateTime':
      return typeof answer.valueDateTime === 'string' ? answer.valueDateTime : undefined;
    case 'boolean':
      return typeof answer.valueBoolean === 'boolean' ? answer.valueBoolean : undefined;
    case 'integer':
      return Number.isInteger(answer.valueInteger) ? answer.valueInteger : undefined;
    case 'decimal':
      return typeof answer.valueDecimal === 'number' ? answer.valueDecimal : undefined;
    case 'choice': {
      const coding = answer.valueCoding;
      return typeof coding?.code === 'string' && (coding.system === undefined || coding.system === codes?.system) ? coding.code : undefined;
    }
    default:
      return undefined;
  }
}

/** The field name an item's linkId ends in (a JSON Pointer's last token). */
export const keyOf = (linkId: string): string => linkId.slice(linkId.lastIndexOf('/') + 1).replace(/~1/g, '/').replace(/~0/g, '~');

/** JSON text for the unmapped-fields extension: white space FHIR strings do not allow is escaped. */
export const unmappedText = (fields: Record<string, unknown>): string =>
  JSON.stringify(fields).replace(/[^\S \r\n\t]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Sets a field as an own property, whatever its name: `__proto__` from a record's JSON is a field like any other. */
export function put(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
