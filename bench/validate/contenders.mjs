// The validators under comparison, each wrapped as check(record) → boolean (timed) and explain(record) → why it said no (untimed).
import { Validator as CfworkerValidator } from '@cfworker/json-schema';
import { validator as schemasafeValidator } from '@exodus/schemasafe';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** The row every ratio is taken against. */
export const BASELINE = 'plain ajv (allErrors false)';
export const GOOD_DAY_ALL_RULES = 'Good Day validate() (all rules)';
export const GOOD_DAY_NO_LANGUAGE = 'Good Day validate() (language: false)';
export const GOOD_DAY_STRUCTURE = 'Good Day validate() (rules: false)';
export const GOOD_DAY_PRECOMPILED = 'Good Day precompiled structure alone';

const pointerErrors = (errors = []) =>
  errors.map((e) => `${e.instanceLocation ?? e.instancePath ?? ''} ${e.keywordLocation ?? e.schemaPath ?? ''} ${e.error ?? e.message ?? ''}`.trim()).join('; ');

/** A deep copy of the schema without the given keyword, for validators that refuse unknown keywords. */
function withoutKeyword(value, keyword) {
  if (Array.isArray(value)) return value.map((v) => withoutKeyword(v, keyword));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== keyword).map(([k, v]) => [k, withoutKeyword(v, keyword)]));
}

const firstLine = (error) => String(error?.message ?? error).split('\n')[0];

/**
 * Good Day's public API, with and without the rules, and (for context) the precompiled structural validator
 * alone, without the input limits, schema lookup and plain-English findings that validate() adds around it.
 */
function goodDayContenders(validate, precompiled) {
  const explain = (options) => (record) =>
    validate(record, options).findings.filter((f) => f.severity === 'error').map((f) => `${f.path || '/'} ${f.ruleId}: ${f.message}`).join('; ');
  return [
    { name: GOOD_DAY_ALL_RULES, goodDay: true, check: (r) => validate(r).valid, explain: explain({}) },
    { name: GOOD_DAY_NO_LANGUAGE, goodDay: true, note: 'rules without the language linter', check: (r) => validate(r, { language: false }).valid, explain: explain({ language: false }) },
    { name: GOOD_DAY_STRUCTURE, goodDay: true, check: (r) => validate(r, { rules: false }).valid, explain: explain({ rules: false }) },
    {
      name: GOOD_DAY_PRECOMPILED,
      goodDay: true,
      note: 'internal, for context',
      check: (r) => precompiled(r),
      explain: (r) => (precompiled(r) ? '' : pointerErrors(precompiled.errors)),
    },
  ];
}

/** Plain Ajv2020 compiled now, with its default options apart from allErrors, plus ajv-formats. */
function makeAjv({ commons, record }, allErrors) {
  const ajv = new Ajv2020({ allErrors });
  addFormats(ajv);
  ajv.addKeyword('x-prompt');
  ajv.addSchema(commons);
  const check = ajv.compile(record);
  return { check: (r) => check(r), explain: (r) => (check(r) ? '' : pointerErrors(check.errors)) };
}

/** @exodus/schemasafe in its default mode; includeErrors so it reports errors as Good Day does, allErrors as asked. */
function makeSchemasafe({ commons, record }, allErrors) {
  const check = schemasafeValidator(record, { mode: 'default', includeErrors: true, allErrors, schemas: commons });
  return { check: (r) => check(r), explain: (r) => (check(r) ? '' : pointerErrors(check.errors)) };
}

/** @cfworker/json-schema's interpreter; shortCircuit true stops at the first error, false collects them all. */
function makeCfworker({ commons, record }, shortCircuit) {
  // Fresh copies, because the interpreter indexes (and may annotate) the schema objects it is given.
  const validator = new CfworkerValidator(structuredClone(record), '2020-12', shortCircuit);
  for (const common of commons) validator.addSchema(structuredClone(common));
  return { check: (r) => validator.validate(r).valid, explain: (r) => pointerErrors(validator.validate(r).errors) };
}

/**
 * Builds a third-party contender from the real schemas. If it will not compile them, tries once more with
 * x-prompt removed (the only non-standard keyword) and says so in the note; if that fails too, the contender
 * comes back with `unusable` set to the reason instead of a check.
 */
function thirdParty(name, make, schemas) {
  try {
    return { name, ...make(schemas), note: '' };
  } catch (error) {
    const stripped = { commons: withoutKeyword(schemas.commons, 'x-prompt'), record: withoutKeyword(schemas.record, 'x-prompt') };
    try {
      return { name, ...make(stripped), note: 'x-prompt stripped', noteDetail: `as given, compiling failed: ${firstLine(error)}` };
    } catch (again) {
      return { name, unusable: `cannot compile the schemas: ${firstLine(error)}; without x-prompt: ${firstLine(again)}` };
    }
  }
}

/** Every contender: Good Day's rows first, then the third-party validators. */
export function buildContenders(validate, precompiled, schemas) {
  return [
    ...goodDayContenders(validate, precompiled),
    thirdParty(BASELINE, (s) => makeAjv(s, false), schemas),
    thirdParty('plain ajv (allErrors true)', (s) => makeAjv(s, true), schemas),
    thirdParty('schemasafe (first error)', (s) => makeSchemasafe(s, false), schemas),
    thirdParty('schemasafe (allErrors)', (s) => makeSchemasafe(s, true), schemas),
    thirdParty('cfworker (shortCircuit true)', (s) => makeCfworker(s, true), schemas),
    thirdParty('cfworker (shortCircuit false)', (s) => makeCfworker(s, false), schemas),
  ];
}

/**
 * Copies of one valid record, each broken in one way a structural validator must catch: an unknown property,
 * an id breaking the pattern it gets through the cross-file $ref, and a date-time that is not one (the first
 * top-level field the record's schema types as a common DateTime).
 * Why: a validator that accepts these is not doing the same work, however fast it is.
 */
export function brokenCopies(record, schema) {
  const dateTime = Object.keys(record).find((key) => schema.properties?.[key]?.$ref?.endsWith('/$defs/DateTime'));
  return [
    { label: 'an unknown top-level property', record: { ...record, benchUnknownField: true } },
    { label: 'an id that breaks the common Id pattern', record: { ...record, id: '-not an id' } },
    ...(dateTime ? [{ label: `${dateTime} that is not a date-time`, record: { ...record, [dateTime]: 'yesterday' } }] : []),
  ];
}

/**
 * Checks every usable contender says every valid example is valid and every broken copy invalid.
 * One that gets any wrong is marked unusable with the reason, so it is reported rather than timed.
 */
export function verifyContenders(contenders, examples, broken) {
  for (const c of contenders) {
    if (c.unusable) continue;
    const rejected = examples.filter(({ record }) => c.check(record) !== true);
    const accepted = broken.filter(({ record }) => c.check(record) !== false);
    if (rejected.length > 0) {
      c.unusable = `rejects ${rejected.length} of ${examples.length} valid example(s): ` + rejected.map(({ file, record }) => `${file}: ${c.explain(record) || 'no reason given'}`).join(' | ');
    } else if (accepted.length > 0) {
      c.unusable = `accepts a record with ${accepted.map((b) => b.label).join('; with ')}`;
    }
  }
  return contenders;
}
