import type { Finding } from '../finding.js';
import { readablePath } from '../json-pointer.js';
import { quoteShort } from '../quote.js';
import { propertyTitle, schemaAt, type SchemaLookup } from './schema-at.js';
import type { StructureError } from './structure-validator.js';

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

// What a field name in a Good Day schema looks like: camelCase, or a "$schema"-style keyword.
const FIELD_NAME = /^\$?[A-Za-z][A-Za-z0-9_-]{0,59}$/;

// Names and codes from the input are shortened and quoted, so a hostile value cannot flood a message.
const quote = (value: unknown): string => quoteShort(value, 60);

function allowedCodes(lookup: SchemaLookup, schemaId: string, instancePath: string): string[] {
  const branches = schemaAt(lookup, schemaId, instancePath)?.node.oneOf ?? [];
  return branches.filter((b) => 'const' in b).map((b) => String(b.const));
}

// The start of a missing field's message; `missingField` reads the field back from what follows it.
const missingOpening = (instancePath: string) => `${instancePath === '' ? 'The record' : readablePath(instancePath)} has no `;

/**
 * The name of the field a `structure/required` finding says is missing, or undefined for any other finding. Its
 * `path` is the object that lacks the field (as in ajv); with this, a form can put the finding on the field itself.
 */
export function missingField(finding: Pick<Finding, 'ruleId' | 'path' | 'message'>): string | undefined {
  if (finding.ruleId !== 'structure/required') return undefined;
  const opening = missingOpening(finding.path);
  if (!finding.message.startsWith(opening)) return undefined;
  return /^[^\s:()]+/.exec(finding.message.slice(opening.length))?.[0];
}

function describe(lookup: SchemaLookup, error: StructureError, schemaId: string): string {
  // Field paths are identifiers and keep their case; only the whole record reads as a sentence.
  const where = error.instancePath === '' ? 'The record' : readablePath(error.instancePath);
  const p = error.params;
  switch (error.keyword) {
    case 'required': {
      const missing = String(p.missingProperty);
      const parent = schemaAt(lookup, schemaId, error.instancePath);
      const title = parent && propertyTitle(lookup, parent, missing);
      return `${missingOpening(error.instancePath)}${missing}${title ? ` (${title.toLowerCase()})` : ''}: add it.`;
    }
    case 'additionalProperties': {
      // A name is shown only when it could be a field's: inside someone's words, or shaped like text, it may be their words.
      const name = String(p.additionalProperty);
      const parent = schemaAt(lookup, schemaId, error.instancePath)?.node.properties;
      const inWords = parent !== undefined && 'describedBy' in parent && 'text' in parent;
      return inWords || !FIELD_NAME.test(name)
        ? `${where} has a field the schema does not define (its name is not shown, as it may be someone's words): remove it or correct its name.`
        : `${where} has a field the schema does not define, ${quote(name)}: remove it or correct its name.`;
    }
    case 'type':
      return `${where} should be ${TYPE_NAMES[String(p.type)] ?? String(p.type)}: change its value.`;
    case 'oneOf':
    case 'enum':
    case 'const': {
      const codes = allowedCodes(lookup, schemaId, error.instancePath);
      if (codes.length === 0 && error.keyword === 'const') return `${where} must be ${quote(p.allowedValue)}: change its value.`;
      const shown = codes.length > 12 ? `${codes.slice(0, 12).join(', ')}, …` : codes.join(', ');
      return `${where} is not one of the allowed codes: use one of ${shown}.`;
    }
    case 'format':
      return p.format === 'date'
        ? `${where} is not a date: write it as YYYY-MM-DD, for example 2026-03-03.`
        : p.format === 'date-time'
          ? `${where} is not a date and time: write it in ISO 8601 with a time zone, for example 2026-03-03T10:30:00Z.`
          : `${where} is not a valid ${String(p.format)}: correct it.`;
    case 'minLength':
      return `${where} is empty: write something, or leave the field out.`;
    case 'maxLength':
      return `${where} is longer than ${String(p.limit)} characters: shorten it.`;
    case 'pattern':
      return `${where} is not a valid identifier: use letters, digits, '.', '_', ':' and '-', starting with a letter or digit.`;
    case 'minItems':
      return `${where} needs at least ${String(p.limit)} item(s): add them.`;
    case 'maxItems':
      return `${where} has more than ${String(p.limit)} items: remove some or split the record.`;
    case 'uniqueItems':
      return `${where} lists the same value twice (items ${String(p.j)} and ${String(p.i)}): remove the repeat.`;
    default:
      return `${where} does not match the schema (${error.keyword}): check it against the field's description in the schema.`;
  }
}

/** The most structure findings a report holds: past this, one more finding says how many were left out. */
export const MAX_STRUCTURE_FINDINGS = 1000;

/**
 * Turns ajv errors into findings with plain messages. A failed choice from a code list is reported once,
 * not once per code it did not match. At most {@link MAX_STRUCTURE_FINDINGS} are kept, so a hostile record's
 * report stays small; the last finding then says how many more there were.
 */
export function translateErrors(lookup: SchemaLookup, errors: readonly StructureError[], schemaId: string, source: string): Finding[] {
  const choices = errors.filter((e) => e.keyword === 'oneOf');
  const isInsideFailedChoice = (e: StructureError) =>
    choices.length > 0 && choices.some((c) => c !== e && e.instancePath.startsWith(c.instancePath) && e.schemaPath.startsWith(`${c.schemaPath}/`));
  const findings: Finding[] = [];
  let left = 0;
  for (const e of errors) {
    if (findings.length >= MAX_STRUCTURE_FINDINGS) {
      left++;
      continue;
    }
    if (isInsideFailedChoice(e)) continue;
    findings.push({ ruleId: `structure/${e.keyword}`, severity: 'error', path: e.instancePath, message: describe(lookup, e, schemaId), source });
  }
  if (left > 0) {
    findings.push({
      ruleId: 'structure/too-many-problems',
      severity: 'error',
      path: '',
      message: `The record has up to ${left} more structure problems than are listed here: correct these and validate it again.`,
      source,
    });
  }
  return findings;
}
