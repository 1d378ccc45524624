import { emptyReadingCounts, readabilityFrom } from '@goodday/language';
import { parseSchemaId, type RecordKind } from '@goodday/schemas';
import type { Finding } from './finding.js';
import { identifyWith, kindName, namedKind } from './identify.js';
import { GoodDayInputError } from './input-error.js';
import { countRecordReading, lintRecord, type LanguageOptions } from './language/lint-record.js';
import { practitionerTextFields } from './language/text-fields.js';
import { checkShape, type InputLimits } from './limits.js';
import type { Report } from './report.js';
import type { ValidationContext } from './rule.js';
import type { RulesFor } from './rules/by-status.js';
import { listBoundsOf, withinListBounds } from './structure/list-bounds.js';
import type { SchemaLookup } from './structure/schema-at.js';
import type { StructureValidator } from './structure/structure-validator.js';
import { translateErrors } from './structure/translate.js';

export interface ValidateOptions {
  /** Limits on nesting and size; see {@link defaultLimits}. */
  readonly limits?: Partial<InputLimits>;
  /** Set to false to check structure only. Default true. */
  readonly rules?: boolean;
  /** Related records some rules look at. */
  readonly context?: ValidationContext;
  /**
   * The language linter over practitioners' free text (never the person's own words): on by default, with
   * findings `language/<entry-id>`. False switches it off; an object switches entries off or adds your own.
   */
  readonly language?: boolean | LanguageOptions;
  /**
   * Also score how easy the practitioners' text is to read (`report.readability`), in the same pass over the
   * text as the linter. Default false.
   */
  readonly readability?: boolean;
}

/**
 * What a validator is built from: the precompiled structure of the schemas it knows, keyed by `$id`, the
 * schemas themselves (for plain-English messages and the free-text fields), and the rules for their kinds. `@goodday/validate` holds every kind; `@goodday/validate/<kind>` one, so a bundle of
 * it carries no other kind's code.
 */
export interface KindSet {
  readonly validators: Readonly<Record<string, StructureValidator>>;
  readonly schemas: SchemaLookup;
  readonly rulesFor: RulesFor;
}

/** Checks structure with the precompiled validator; returns findings (empty when the structure is sound). */
function checkStructure(set: KindSet, record: unknown, schemaId: string): Finding[] {
  const check = set.validators[schemaId];
  if (!check) throw new GoodDayInputError('unknown-schema', `No validator is built for ${schemaId}: rebuild @goodday/validate.`);
  // Lists far over their limit are cut to one over it first, so the work stays linear in the record's size.
  const { value } = withinListBounds(record, listBoundsOf(set.schemas, schemaId));
  if (check(value)) return [];
  const named = parseSchemaId(schemaId);
  return translateErrors(set.schemas, check.errors ?? [], schemaId, `Good Day ${named?.name} schema ${named?.version}`);
}

/** A kind a record must be, and what to use instead when it is another. */
export interface ExpectedKind {
  readonly kind: RecordKind;
  readonly instead: string;
}

/**
 * `validate` over the schemas and rules of a kind set. Given an expected kind, a record of another kind is
 * refused before its structure is checked, so a set that lacks that kind says so rather than "not built".
 */
export function validateWith(set: KindSet, record: unknown, options: ValidateOptions = {}, expected?: ExpectedKind): Report {
  checkShape(record, options.limits);
  // A kind set may hold one kind's schemas only: a record of another kind is told so, not that its schema is unknown.
  const named = expected && namedKind((record as { $schema?: unknown }).$schema);
  const { kind, version, schemaId } = named && named !== expected.kind ? { kind: named, version: '', schemaId: '' } : identifyWith(set.schemas, record);
  if (expected && kind !== expected.kind) {
    throw new GoodDayInputError('wrong-kind', `Expected ${kindName(expected.kind)} but the record is ${kindName(kind)}: ${expected.instead}.`);
  }
  const findings = checkStructure(set, record, schemaId);
  const counts = options.readability === true ? emptyReadingCounts() : undefined;
  let linted = false;
  if (findings.length === 0 && options.rules !== false) {
    const context = options.context ?? {};
    for (const rule of set.rulesFor(kind, (record as { status?: unknown }).status)) {
      for (const v of rule.check(record, context)) {
        findings.push({ ruleId: rule.id, severity: v.severity ?? rule.severity, path: v.path, message: v.message ?? `${rule.message} ${rule.hint}`, source: rule.source });
      }
    }
    if (options.language !== false) {
      findings.push(...lintRecord(record, practitionerTextFields(set.schemas, schemaId), options.language === true ? undefined : options.language, counts));
      linted = true;
    }
  }
  if (counts && !linted) countRecordReading(record, practitionerTextFields(set.schemas, schemaId), counts);
  const valid = !findings.some((f) => f.severity === 'error');
  return counts ? { valid, kind, version, findings, readability: readabilityFrom(counts) } : { valid, kind, version, findings };
}

/** True when the value is a structurally valid record of the kind. */
export function isKindWith(set: KindSet, kind: RecordKind, value: unknown): boolean {
  try {
    const found = identifyWith(set.schemas, value);
    const check = set.validators[found.schemaId];
    if (found.kind !== kind || check === undefined) return false;
    const bounded = withinListBounds(value, listBoundsOf(set.schemas, found.schemaId));
    return !bounded.cut && check(bounded.value);
  } catch {
    return false;
  }
}
