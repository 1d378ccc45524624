import { getSchemaById, type RecordKind } from '@goodday/schemas';
import { validators } from './generated/structure.js';
import { identifyWith } from './identify.js';
import { forEachPractitionerTextWith } from './language/text-fields.js';
import type { Report } from './report.js';
import { rulesFor } from './rules/catalogue.js';
import { isKindWith, validateWith, type KindSet, type ValidateOptions } from './validate-with.js';

export type { ValidateOptions } from './validate-with.js';

// Every kind and version: the `.` entry. `@goodday/validate/<kind>` builds the same from one kind's parts.
const every: KindSet = { validators, schemas: getSchemaById, rulesFor };

/** The kind and version a record names in `$schema`. Throws {@link GoodDayInputError} when it names none Good Day knows. */
export function identify(record: unknown): { kind: RecordKind; version: string; schemaId: string } {
  return identifyWith(getSchemaById, record);
}

/**
 * Calls `visit` with every free-text field a practitioner wrote in a record, and its JSON Pointer; never the
 * person's own words. Records whose `$schema` Good Day does not know have none.
 */
export function forEachPractitionerText(record: unknown, visit: (text: string, pointer: string) => void): void {
  forEachPractitionerTextWith(getSchemaById, record, visit);
}

/**
 * Validates any Good Day record, identified by its `$schema`: structure first, then (for a structurally
 * sound record) every rule for its kind. Draft records get the rules that apply at every stage; complete
 * or concluded records get the completeness rules too. Never changes the record.
 *
 * @throws {GoodDayInputError} when the input is over a limit, not an object, or names no known schema.
 */
export function validate(record: unknown, options: ValidateOptions = {}): Report {
  return validateWith(every, record, options);
}

/** Validates a record that must be of one kind; throws when it is another. `validate<Kind>` (generated) calls it. */
export function validateKind<K extends RecordKind>(kind: K, record: unknown, options?: ValidateOptions): Report<K> {
  return validateWith(every, record, options, { kind, instead: 'use validate() for any kind' }) as Report<K>;
}

/** True when the value is a structurally valid record of the kind. `is<Kind>` (generated) calls it. */
export const isKind = (kind: RecordKind, value: unknown): boolean => isKindWith(every, kind, value);
