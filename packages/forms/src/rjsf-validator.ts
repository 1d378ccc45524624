import type { JsonSchema } from '@goodday/schemas';
import { isGoodDayInputError, validate, type Finding } from '@goodday/validate';
import { conforms } from './conforms.js';
import { findingsToRjsf, type RjsfErrorSchema } from './findings.js';

/** One error as rjsf lists it, typed structurally. */
export interface RjsfValidationError {
  name: string;
  message: string;
  property: string;
  schemaPath: string;
  stack: string;
  params: { readonly ruleId: string; readonly severity: string };
}

/** rjsf's error handler for `customValidate`: `addError` at every level of the form's data. */
interface ErrorHandler {
  __errors: string[];
  addError(message: string): void;
  [field: string]: unknown;
}

/** What rjsf's `validator` prop takes (its `ValidatorType`), typed structurally. */
export interface GoodDayRjsfValidator {
  validateFormData(
    formData: unknown,
    schema: unknown,
    customValidate?: (formData: unknown, errors: ErrorHandler, uiSchema?: unknown) => ErrorHandler,
    transformErrors?: (errors: RjsfValidationError[], uiSchema?: unknown) => RjsfValidationError[],
    uiSchema?: unknown,
  ): { errors: RjsfValidationError[]; errorSchema: RjsfErrorSchema };
  isValid(schema: unknown, formData: unknown, rootSchema: unknown): boolean;
  rawValidation(schema: unknown, formData?: unknown): { errors?: RjsfValidationError[]; validationError?: Error };
}

/** A JSON Pointer as rjsf names a field: `.needs.0.inPersonsWords`. */
const property = (pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .map((part) => `.${part.replace(/~1/g, '/').replace(/~0/g, '~')}`)
    .join('');

const asError = (f: Pick<Finding, 'ruleId' | 'severity' | 'path' | 'message'>): RjsfValidationError => ({
  name: f.ruleId,
  message: f.message,
  property: property(f.path),
  schemaPath: '',
  stack: `${property(f.path) || '.'} ${f.message}`.trim(),
  params: { ruleId: f.ruleId, severity: f.severity },
});

/** The findings for form data: the error findings of Good Day's validation, or one for data that is not a record. */
function findingsFor(formData: unknown): Finding[] {
  try {
    return validate(formData).findings.filter((f) => f.severity === 'error');
  } catch (error) {
    if (!isGoodDayInputError(error)) throw error;
    return [{ ruleId: `input/${error.code}`, severity: 'error', path: '', message: error.message, source: 'Good Day' }];
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An error handler shaped like the data, as rjsf gives `customValidate`. */
function handlerFor(value: unknown): ErrorHandler {
  const handler = Object.create(null) as ErrorHandler;
  const errors: string[] = [];
  Object.defineProperty(handler, '__errors', { value: errors, enumerable: true });
  Object.defineProperty(handler, 'addError', { value: (message: string) => errors.push(message) });
  if (isObject(value) || Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) Object.defineProperty(handler, key, { value: handlerFor(inner), enumerable: true });
  }
  return handler;
}

/** What `customValidate` added, as an error schema and a list. */
function collect(handler: ErrorHandler, path = ''): { schema: RjsfErrorSchema; list: RjsfValidationError[] } {
  const schema = Object.create(null) as RjsfErrorSchema;
  const list: RjsfValidationError[] = handler.__errors.map((message) => asError({ ruleId: 'custom', severity: 'error', path, message }));
  if (handler.__errors.length > 0) schema.__errors = [...handler.__errors];
  for (const [key, inner] of Object.entries(handler)) {
    if (key === '__errors' || !isObject(inner)) continue;
    const sub = collect(inner as ErrorHandler, `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    if (sub.list.length > 0) {
      Object.defineProperty(schema, key, { value: sub.schema, enumerable: true, writable: true });
      list.push(...sub.list);
    }
  }
  return { schema, list };
}

function mergeInto(target: RjsfErrorSchema, extra: RjsfErrorSchema): RjsfErrorSchema {
  for (const [key, value] of Object.entries(extra)) {
    if (key === '__errors') target.__errors = [...(target.__errors ?? []), ...(value as string[])];
    else {
      const existing = target[key];
      const merged = isObject(existing) ? mergeInto(existing as RjsfErrorSchema, value as RjsfErrorSchema) : (value as RjsfErrorSchema);
      Object.defineProperty(target, key, { value: merged, enumerable: true, writable: true, configurable: true });
    }
  }
  return target;
}

/** True for the whole form schema of a record: its `$schema` is fixed to a record schema's `$id`. */
const isRecordForm = (schema: unknown) => isObject(schema) && isObject((schema as JsonSchema).properties?.$schema) && typeof (schema as JsonSchema).properties!.$schema!.const === 'string';

/**
 * A validator for rjsf (its `validator` prop) that runs Good Day's precompiled validation instead of compiling
 * the schema, so a form works under a Content Security Policy without `'unsafe-eval'`. Errors are Good Day's
 * error findings — structure and rules — in plain English, on their fields; warnings do not stop a submit (show
 * them with `findingsToRjsf` as `extraErrors`). `customValidate` and `transformErrors` work as with rjsf's own.
 */
export const goodDayValidator: GoodDayRjsfValidator = {
  validateFormData(formData, _schema, customValidate, transformErrors, uiSchema) {
    const findings = findingsFor(formData);
    let errors = findings.map(asError);
    const errorSchema = findingsToRjsf({ findings });
    if (customValidate) {
      const added = collect(customValidate(formData, handlerFor(formData), uiSchema));
      errors = [...errors, ...added.list];
      mergeInto(errorSchema, added.schema);
    }
    if (transformErrors) errors = transformErrors(errors, uiSchema);
    return { errors, errorSchema };
  },

  isValid(schema, formData, rootSchema) {
    if (schema === rootSchema && isRecordForm(schema)) return findingsFor(formData).every((f) => !f.ruleId.startsWith('structure/') && !f.ruleId.startsWith('input/'));
    return conforms(schema, formData);
  },

  rawValidation(schema, formData) {
    if (isRecordForm(schema)) {
      const errors = findingsFor(formData).filter((f) => f.ruleId.startsWith('structure/') || f.ruleId.startsWith('input/')).map(asError);
      return errors.length > 0 ? { errors } : {};
    }
    return conforms(schema, formData) ? {} : { errors: [asError({ ruleId: 'structure/schema', severity: 'error', path: '', message: 'The value does not match this part of the form.' })] };
  },
};
