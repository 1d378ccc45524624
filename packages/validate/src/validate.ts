import { emptyReadingCounts, readabilityFrom } from '@goodday/language';
import { getSchemaEntry, identifyRecordSchema, type Assessment, type CapacityDecision, type RecordKind, type SafeguardingEnquiry, type SupportPlan } from '@goodday/schemas';
import { validators } from './generated/structure.js';
import type { Finding } from './finding.js';
import { GoodDayInputError } from './input-error.js';
import { countRecordReading, lintRecord, type LanguageOptions } from './language/lint-record.js';
import { checkShape, type InputLimits } from './limits.js';
import { quoteShort } from './quote.js';
import type { Report } from './report.js';
import type { ValidationContext } from './rule.js';
import { rulesFor } from './rules/catalogue.js';
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


/** The kind and version a record names in `$schema`. Throws {@link GoodDayInputError} when it names none Good Day knows. */
export function identify(record: unknown): { kind: RecordKind; version: string; schemaId: string } {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    throw new GoodDayInputError('not-an-object', 'The input is not a JSON object: a Good Day record is an object with a "$schema" field.');
  }
  const schemaId = (record as { $schema?: unknown }).$schema;
  if (typeof schemaId !== 'string') {
    throw new GoodDayInputError('no-schema', 'The record has no "$schema": add the $id of the schema it follows, for example https://goodday.dev/schemas/assessment/1.0.0.json.');
  }
  const found = identifyRecordSchema(schemaId);
  if (!found) {
    throw new GoodDayInputError('unknown-schema', `The record's "$schema" ${quoteShort(schemaId, 80)} is not a Good Day record schema: use one listed by \`goodday schema\`.`);
  }
  return { kind: found.kind, version: found.version, schemaId };
}

/** Checks structure with the precompiled validator; returns findings (empty when the structure is sound). */
function checkStructure(record: unknown, schemaId: string): Finding[] {
  const check = validators[schemaId];
  if (!check) throw new GoodDayInputError('unknown-schema', `No validator is built for ${schemaId}: rebuild @goodday/validate.`);
  if (check(record)) return [];
  const entry = getSchemaEntry(schemaId);
  return translateErrors(check.errors ?? [], schemaId, `Good Day ${entry?.name} schema ${entry?.version}`);
}

/**
 * Validates any Good Day record, identified by its `$schema`: structure first, then (for a structurally
 * sound record) every rule for its kind. Draft records get the rules that apply at every stage; complete
 * or concluded records get the completeness rules too. Never changes the record.
 *
 * @throws {GoodDayInputError} when the input is over a limit, not an object, or names no known schema.
 */
export function validate(record: unknown, options: ValidateOptions = {}): Report {
  checkShape(record, options.limits);
  const { kind, version, schemaId } = identify(record);
  const findings = checkStructure(record, schemaId);
  const counts = options.readability === true ? emptyReadingCounts() : undefined;
  let linted = false;
  if (findings.length === 0 && options.rules !== false) {
    const context = options.context ?? {};
    for (const rule of rulesFor(kind, (record as { status?: unknown }).status)) {
      for (const v of rule.check(record, context)) {
        findings.push({ ruleId: rule.id, severity: v.severity ?? rule.severity, path: v.path, message: v.message ?? `${rule.message} ${rule.hint}`, source: rule.source });
      }
    }
    if (options.language !== false) {
      findings.push(...lintRecord(record, schemaId, options.language === true ? undefined : options.language, counts));
      linted = true;
    }
  }
  if (counts && !linted) countRecordReading(record, schemaId, counts);
  const valid = !findings.some((f) => f.severity === 'error');
  return counts ? { valid, kind, version, findings, readability: readabilityFrom(counts) } : { valid, kind, version, findings };
}

const KIND_NAMES: Record<RecordKind, string> = {
  assessment: 'an assessment',
  'support-plan': 'a support plan',
  'safeguarding-enquiry': 'a safeguarding enquiry',
  'capacity-decision': 'a capacity decision',
};

/** Validates a record that must be of one kind; throws when it is another. */
function validateKind<K extends RecordKind>(kind: K, record: unknown, options?: ValidateOptions): Report<K> {
  const report = validate(record, options);
  if (report.kind !== kind) {
    throw new GoodDayInputError('wrong-kind', `Expected ${KIND_NAMES[kind]} but the record is ${KIND_NAMES[report.kind]}: use validate() for any kind.`);
  }
  return report as Report<K>;
}

/** True when the value is a structurally valid record of the kind. */
function isKind(kind: RecordKind, value: unknown): boolean {
  try {
    const found = identify(value);
    return found.kind === kind && validators[found.schemaId]!(value);
  } catch {
    return false;
  }
}

/**
 * Validates a Care Act assessment.
 *
 * @throws {GoodDayInputError} when the record is not an assessment, or as {@link validate}.
 */
export function validateAssessment(record: unknown, options?: ValidateOptions): Report<'assessment'> {
  return validateKind('assessment', record, options);
}

/**
 * Validates a care and support plan. Give the assessment it builds on in `options.context.related` to check
 * the plan's needs against it.
 *
 * @throws {GoodDayInputError} when the record is not a support plan, or as {@link validate}.
 */
export function validateSupportPlan(record: unknown, options?: ValidateOptions): Report<'support-plan'> {
  return validateKind('support-plan', record, options);
}

/**
 * Validates a safeguarding enquiry.
 *
 * @throws {GoodDayInputError} when the record is not a safeguarding enquiry, or as {@link validate}.
 */
export function validateSafeguardingEnquiry(record: unknown, options?: ValidateOptions): Report<'safeguarding-enquiry'> {
  return validateKind('safeguarding-enquiry', record, options);
}

/**
 * Validates a mental capacity decision.
 *
 * @throws {GoodDayInputError} when the record is not a capacity decision, or as {@link validate}.
 */
export function validateCapacityDecision(record: unknown, options?: ValidateOptions): Report<'capacity-decision'> {
  return validateKind('capacity-decision', record, options);
}

/** True when the value is a structurally valid assessment; narrows it to the generated `Assessment` type. */
export function isAssessment(value: unknown): value is Assessment {
  return isKind('assessment', value);
}

/** True when the value is a structurally valid support plan; narrows it to the generated `SupportPlan` type. */
export function isSupportPlan(value: unknown): value is SupportPlan {
  return isKind('support-plan', value);
}

/** True when the value is a structurally valid safeguarding enquiry; narrows it to the generated `SafeguardingEnquiry` type. */
export function isSafeguardingEnquiry(value: unknown): value is SafeguardingEnquiry {
  return isKind('safeguarding-enquiry', value);
}

/** True when the value is a structurally valid capacity decision; narrows it to the generated `CapacityDecision` type. */
export function isCapacityDecision(value: unknown): value is CapacityDecision {
  return isKind('capacity-decision', value);
}
