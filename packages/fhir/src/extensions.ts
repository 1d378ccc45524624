/**
 * The extension that carries, as JSON text, whatever a Questionnaire item cannot hold as FHIR answers: an empty
 * string or list, a value not of the type the schema gives, a date or code FHIR would not accept, or a field the
 * schema does not have. It sits on the response item of the object the values belong to (on the response itself at
 * the top level); its `valueString` is a JSON object of those fields. Unicode white space other than space, tab and
 * line breaks is written as `\uXXXX`, as FHIR strings allow no other.
 */
export const UNMAPPED_EXTENSION = 'https://goodday.dev/fhir/StructureDefinition/unmapped-fields';
