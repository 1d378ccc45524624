import type { ErrorSchema, RJSFSchema, RJSFValidationError, ValidationData, ValidatorType } from '@rjsf/utils';
import { validate, type Finding, type Report } from '@goodday/validate';
import { segments, toRjsf, words } from './findings.js';

// rjsf's own validator (@rjsf/validator-ajv8) compiles schemas with new Function, which a strict CSP refuses.
// This one compiles nothing: Good Day's precompiled validate() checks the record, and sub-schemas that rjsf
// asks about (which branch of a oneOf or anyOf the data is in) are answered by reading const, enum, type and required.

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** validate(), with an input error (no $schema, over a limit) as a finding on the whole record. */
export function report(record: Json): Report {
  try {
    return validate(record);
  } catch (error) {
    const finding: Finding = { ruleId: 'input', severity: 'error', path: '', message: error instanceof Error ? error.message : String(error), source: '' };
    return { valid: false, kind: 'assessment', version: '', findings: [finding] };
  }
}

const typeOk = (type: unknown, v: Json): boolean => {
  if (Array.isArray(type)) return type.some((t) => typeOk(t, v));
  switch (type) {
    case 'object': return isObject(v);
    case 'array': return Array.isArray(v);
    case 'string': return typeof v === 'string';
    case 'boolean': return typeof v === 'boolean';
    case 'integer': return Number.isInteger(v);
    case 'number': return typeof v === 'number';
    case 'null': return v === null;
    default: return true;
  }
};

const same = (a: Json, b: Json): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Whether data is in a sub-schema, read structurally: the keywords that tell oneOf/anyOf branches apart. */
export function fits(schema: RJSFSchema | boolean | undefined, data: Json, root: RJSFSchema): boolean {
  if (schema === undefined || schema === true) return true;
  if (schema === false) return false;
  if (typeof schema.$ref === 'string' && schema.$ref.startsWith('#')) {
    const target = segments(schema.$ref.slice(1)).reduce<Json>((at, key) => (isObject(at) ? at[key] : undefined), root);
    if (!fits(target as RJSFSchema, data, root)) return false;
  }
  if ('const' in schema && !same(schema.const, data)) return false;
  if (Array.isArray(schema.enum) && !schema.enum.some((e) => same(e, data))) return false;
  if (schema.type !== undefined && !typeOk(schema.type, data)) return false;
  if (isObject(data)) {
    if (schema.required?.some((key) => !(key in data))) return false;
    for (const [key, sub] of Object.entries(schema.properties ?? {})) if (key in data && !fits(sub as RJSFSchema, data[key], root)) return false;
  }
  if (Array.isArray(data) && isObject(schema.items)) if (!data.every((item) => fits(schema.items as RJSFSchema, item, root))) return false;
  if (schema.allOf && !schema.allOf.every((s) => fits(s as RJSFSchema, data, root))) return false;
  if (schema.anyOf && !schema.anyOf.some((s) => fits(s as RJSFSchema, data, root))) return false;
  if (schema.oneOf && schema.oneOf.filter((s) => fits(s as RJSFSchema, data, root)).length !== 1) return false;
  if (schema.not !== undefined && fits(schema.not as RJSFSchema, data, root)) return false;
  return true;
}

const errorsOf = (r: Report): RJSFValidationError[] =>
  r.findings.map((f) => {
    const property = segments(f.path).map((s) => `.${s}`).join('') || '.';
    return { name: f.ruleId, property, message: words(f), stack: `${property} ${words(f)}`, schemaPath: f.ruleId, params: {} };
  });

/** An rjsf validator on Good Day's validate(): no schema is compiled, so it runs under script-src 'self'. */
export const goodDayValidator: ValidatorType = {
  validateFormData(formData, _schema, customValidate, transformErrors, uiSchema): ValidationData<unknown> {
    const r = report(formData);
    let errors = errorsOf(r);
    if (transformErrors) errors = transformErrors(errors, uiSchema);
    const errorSchema = toRjsf(r) as ErrorSchema;
    if (!customValidate) return { errors, errorSchema };
    // customValidate adds to an error handler tree shaped as the data; fold what it adds into the schema.
    const handler = (at: Record<string, unknown>): Record<string, unknown> =>
      new Proxy(at, {
        get(target, key: string) {
          if (key === 'addError') return (message: string) => ((target.__errors ??= []) as string[]).push(message);
          if (key === '__errors') return target.__errors;
          return handler((target[key] ??= {}) as Record<string, unknown>);
        },
      });
    customValidate(formData, handler(errorSchema as Record<string, unknown>) as never, uiSchema);
    return { errors, errorSchema };
  },
  isValid(schema, formData, rootSchema) {
    return fits(schema, formData, rootSchema);
  },
  rawValidation(schema, formData) {
    return { errors: fits(schema, formData, schema) ? [] : [{ message: 'does not fit the schema' }] } as never;
  },
};
