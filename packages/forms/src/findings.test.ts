import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Actions, coreReducer, errorAt, getControlPath, type JsonFormsCore, type JsonSchema as JsonFormsSchema, type ValidationMode } from '@jsonforms/core';
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import Form from '@rjsf/core';
import type { ErrorSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import type { ErrorObject } from 'ajv';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { recordKinds, type JsonSchema, type RecordKind } from '@goodday/schemas';
import { parseRecord, validate, type Finding, type Report } from '@goodday/validate';
import { findingsToJsonForms, findingsToRjsf, type RjsfErrorSchema } from './findings.js';
import { formSchema } from './form-schema.js';

const examplesDir = join(import.meta.dirname, '../../../examples/records');
const examples = readdirSync(examplesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(examplesDir, d.name))
      .filter((f) => f.endsWith('.json'))
      .map((file) => ({ kind: d.name as RecordKind, file, record: parseRecord(readFileSync(join(examplesDir, d.name, file))) as Record<string, unknown> })),
  );
const reported = examples.map((e) => ({ ...e, report: validate(e.record) })).filter((e) => e.report.findings.length > 0);

const segmentsOf = (ptr: string) => (ptr === '' ? [] : ptr.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')));
const shown = (f: Finding) => (f.severity === 'error' ? '' : f.severity === 'warning' ? 'Warning: ' : 'Note: ') + f.message;
const byPath = (path: string): Finding => ({ ruleId: 'test/at-path', severity: 'error', path, message: `At ${path}.`, source: 'test' });

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** The record with one change made to a copy, for findings the examples do not have. */
function changed(file: string, change: (record: any) => void): { record: Record<string, unknown>; report: Report } {
  const record = structuredClone(examples.find((e) => e.kind === 'assessment' && e.file === file)!.record);
  change(record);
  return { record, report: validate(record) };
}

// The schema of the control at a JSON Forms path, as a control would pass it to errorAt.
function controlSchema(schema: JsonSchema, controlPath: string): JsonFormsSchema {
  let node = schema as JsonFormsSchema;
  for (const s of controlPath === '' ? [] : controlPath.split('.')) node = (/^\d+$/.test(s) && node.items ? node.items : node.properties?.[s]) as JsonFormsSchema;
  return node;
}

/** Our errors that JSON Forms itself finds at a control, from a core state holding them as additionalErrors. */
function jsonFormsErrors(kind: RecordKind, record: unknown, report: Report, validationMode: ValidationMode = 'ValidateAndShow'): (controlPath: string) => ErrorObject[] {
  const schema = formSchema(kind);
  const additionalErrors: ErrorObject[] = findingsToJsonForms(report);
  const state: JsonFormsCore = coreReducer(undefined, Actions.init(record, schema as JsonFormsSchema, undefined, { additionalErrors, validationMode }));
  return (controlPath) => errorAt(controlPath, controlSchema(schema, controlPath))(state).filter((e) => additionalErrors.includes(e));
}
const jsonFormsErrorsAt = (kind: RecordKind, record: unknown, report: Report, controlPath: string) => jsonFormsErrors(kind, record, report)(controlPath);

/** Every message in an rjsf ErrorSchema, with the path of the node that holds it. */
function rjsfMessages(node: RjsfErrorSchema, path: readonly string[] = []): Array<[string, string]> {
  return Object.keys(node).flatMap((key) =>
    key === '__errors' ? node.__errors!.map((m): [string, string] => [path.join('/'), m]) : rjsfMessages(node[key] as RjsfErrorSchema, [...path, key]),
  );
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'" };
/** The messages rjsf rendered in a field's error list, by the field's id (root_needs_0_text). */
function renderedErrors(markup: string, id: string): string[] {
  const at = markup.indexOf(`id="${id}__error"`);
  if (at < 0) return [];
  const list = markup.slice(at, markup.indexOf('</div>', at));
  return [...list.matchAll(/<li[^>]*>(.*?)<\/li>/g)].map((m) => m[1]!.replace(/&(?:amp|lt|gt|quot|#x27);/g, (e) => entities[e]!));
}

// Types the outputs as the libraries declare them, with no cast: the compiler checks they fit.
const rjsfErrors = (errors: RjsfErrorSchema): ErrorSchema => errors;

function renderRjsf(kind: RecordKind, record: unknown, extraErrors: RjsfErrorSchema): string {
  return renderToStaticMarkup(createElement(Form, { schema: formSchema(kind) as object, validator, formData: record, extraErrors: rjsfErrors(extraErrors), showErrorList: false }));
}

describe('findingsToJsonForms', () => {
  it('covers example records that break rules of every kind, with errors and warnings, and language findings', () => {
    const ruleIds = reported.flatMap((e) => e.report.findings.map((f) => f.ruleId));
    expect(new Set(reported.map((e) => e.kind))).toEqual(new Set(recordKinds));
    expect(ruleIds.some((id) => id.startsWith('language/'))).toBe(true);
    expect(reported.some((e) => e.report.findings.some((f) => f.severity === 'warning' && !f.ruleId.startsWith('language/')))).toBe(true);
  });

  it.each(reported.map((e) => [`${e.kind}/${e.file}`, e]))('puts each finding of %s on one error at its path, with its message', (_, { report }) => {
    const errors = findingsToJsonForms(report);
    expect(errors).toHaveLength(report.findings.length);
    report.findings.forEach((f, i) => {
      expect(errors[i]).toEqual({ instancePath: f.path, schemaPath: '', keyword: f.ruleId, params: { ruleId: f.ruleId, severity: f.severity, source: f.source }, message: shown(f) });
      expect(errors.filter((e) => getControlPath(e as ErrorObject) === segmentsOf(f.path).join('.') && e.message === shown(f))).toHaveLength(
        report.findings.filter((g) => g.path === f.path && g.message === f.message).length,
      );
    });
  });

  it.each(reported.map((e) => [`${e.kind}/${e.file}`, e]))('has JSON Forms itself find each finding of %s at its control', (_, { kind, record, report }) => {
    // Without JSON Forms' own validation, which compiles the schema each time and finds nothing in these records.
    const errorsAt = jsonFormsErrors(kind, record, report, 'NoValidation');
    for (const f of report.findings) {
      const at = errorsAt(segmentsOf(f.path).join('.'));
      expect(at.map((e) => e.message)).toEqual(report.findings.filter((g) => g.path === f.path).map(shown));
    }
  });

  it('shows a rule finding on the control of the field the rule names', () => {
    const { kind, record, report } = reported.find((e) => e.file === 'invalid-needs-before-eligibility.json')!;
    const at = jsonFormsErrorsAt(kind, record, report, 'needs.2.wellbeingImpact');
    expect(at).toHaveLength(1);
    expect(at[0]).toMatchObject({ keyword: 'assessment/needs-before-eligibility', params: { severity: 'error' } });
    expect(at[0]!.message).toMatch(/^Need need-3's impact on wellbeing was recorded/);
    expect(jsonFormsErrorsAt(kind, record, report, 'needs.2')).toEqual([]);
  });

  it('shows a missing field on its own control, not on the object that lacks it', () => {
    const { record, report } = changed('complete-eligible.json', (r) => delete r.needs[0].inPersonsWords.text);
    expect(report.findings.map((f) => [f.ruleId, f.path])).toEqual([['structure/required', '/needs/0/inPersonsWords']]);
    const [error] = findingsToJsonForms(report);
    expect(error).toMatchObject({ instancePath: '/needs/0/inPersonsWords/text', keyword: 'structure/required', params: { missingProperty: 'text' } });
    expect(jsonFormsErrorsAt('assessment', record, report, 'needs.0.inPersonsWords.text').map((e) => e.message)).toEqual([report.findings[0]!.message]);
    expect(jsonFormsErrorsAt('assessment', record, report, 'needs.0.inPersonsWords')).toEqual([]);
  });

  it('shows a missing field of the whole record on its control', () => {
    const { record, report } = changed('complete-eligible.json', (r) => delete r.status);
    expect(report.findings.map((f) => [f.ruleId, f.path])).toEqual([['structure/required', '']]);
    expect(findingsToJsonForms(report)[0]!.instancePath).toBe('/status');
    expect(jsonFormsErrorsAt('assessment', record, report, 'status')).toHaveLength(1);
  });

  it('renders a missing field’s finding in its control with the vanilla renderers, in place of ajv’s message', () => {
    const { record, report } = changed('complete-eligible.json', (r) => delete r.status);
    // Vanilla has no cell for some of the schema's objects, and says so on the console for each.
    const quiet = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const markup = renderToStaticMarkup(
      createElement(JsonForms, { schema: formSchema('assessment') as JsonFormsSchema, data: record, renderers: vanillaRenderers, cells: vanillaCells, additionalErrors: findingsToJsonForms(report), validationMode: 'ValidateAndHide', onChange: () => {} }),
    );
    quiet.mockRestore();
    const control = markup.slice(markup.indexOf('id="#/properties/status'));
    expect(/<div class="validation validation_error">(.*?)<\/div>/.exec(control)?.[1]).toBe('The record has no status (status): add it.');
  });

  it('keeps a missing-field finding whose message names no field on the object that lacks it', () => {
    const findings: Finding[] = [{ ...byPath('/needs/0'), ruleId: 'structure/required', message: 'Something is missing here.' }];
    expect(findingsToJsonForms({ findings })[0]).toMatchObject({ instancePath: '/needs/0', params: { ruleId: 'structure/required' } });
    expect(findingsToJsonForms({ findings })[0]!.params).not.toHaveProperty('missingProperty');
    expect(findingsToRjsf({ findings })).toEqual({ needs: { 0: { __errors: ['Something is missing here.'] } } });
  });

  it('keeps a field the schema does not define on the object that has it, where JSON Forms does not filter it out', () => {
    const { record, report } = changed('complete-eligible.json', (r) => (r.needs[0].extra = 1));
    expect(report.findings.map((f) => [f.ruleId, f.path])).toEqual([['structure/additionalProperties', '/needs/0']]);
    expect(findingsToJsonForms(report)[0]!.instancePath).toBe('/needs/0');
    expect(jsonFormsErrorsAt('assessment', record, report, 'needs.0')).toHaveLength(1);
  });

  it('prefixes warnings and notes only, keeping the finding message as it is', () => {
    const findings: Finding[] = (['error', 'warning', 'info'] as const).map((severity) => ({ ...byPath('/goodDay'), severity }));
    expect(findingsToJsonForms({ findings }).map((e) => e.message)).toEqual(['At /goodDay.', 'Warning: At /goodDay.', 'Note: At /goodDay.']);
  });

  it('keeps a path JSON Forms decodes, with escapes as they are', () => {
    const [error] = findingsToJsonForms({ findings: [byPath('/a~1b/~0c')] });
    expect(error!.instancePath).toBe('/a~1b/~0c');
    expect(getControlPath(error as ErrorObject)).toBe('a/b.~c');
  });
});

describe('findingsToRjsf', () => {
  it.each(reported.map((e) => [`${e.kind}/${e.file}`, e]))('puts each finding of %s in the __errors of its field, and nowhere else', (_, { report }) => {
    const messages = rjsfMessages(findingsToRjsf(report));
    expect(messages).toHaveLength(report.findings.length);
    expect([...messages].sort()).toEqual(report.findings.map((f): [string, string] => [segmentsOf(f.path).join('/'), shown(f)]).sort());
  });

  it('renders a rule finding next to its field in react-jsonschema-form', () => {
    const { kind, record, report } = reported.find((e) => e.file === 'invalid-needs-before-eligibility.json')!;
    const markup = renderRjsf(kind, record, findingsToRjsf(report));
    expect(renderedErrors(markup, 'root_needs_2_wellbeingImpact')).toEqual([report.findings[0]!.message]);
    expect(renderedErrors(markup, 'root_needs_2')).toEqual([]);
  });

  it.each([
    ['assessment', 'labelled-practitioner-notes.json'],
    ['support-plan', 'warning-risk-enablement.json'],
    ['capacity-decision', 'warning-reason-to-doubt.json'],
    ['safeguarding-enquiry', 'invalid-outcomes-in-persons-words.json'],
  ])('renders every finding of %s %s in its field’s error list', (kind, file) => {
    const { record, report } = reported.find((e) => e.kind === kind && e.file === file)!;
    const markup = renderRjsf(kind as RecordKind, record, findingsToRjsf(report));
    for (const path of new Set(report.findings.map((f) => f.path))) {
      const id = ['root', ...segmentsOf(path)].join('_');
      expect(renderedErrors(markup, id)).toEqual(report.findings.filter((f) => f.path === path).map(shown));
    }
  });

  it('renders a missing field’s finding on that field, not on the object that lacks it', () => {
    const { record, report } = changed('complete-eligible.json', (r) => delete r.needs[0].inPersonsWords.text);
    const rjsf = findingsToRjsf(report);
    expect(rjsf.needs).toEqual({ 0: { inPersonsWords: { text: { __errors: [report.findings[0]!.message] } } } });
    const markup = renderRjsf('assessment', record, rjsf);
    expect(renderedErrors(markup, 'root_needs_0_inPersonsWords_text')).toEqual(['needs[0].inPersonsWords has no text (their words): add it.']);
    expect(renderedErrors(markup, 'root_needs_0_inPersonsWords')).toEqual([]);
  });

  it('puts two findings at one path in one list, in report order', () => {
    const findings = [byPath('/needs/0'), { ...byPath('/needs/0'), message: 'Second.' }, byPath('')];
    expect(findingsToRjsf({ findings })).toEqual({ __errors: ['At .'], needs: { 0: { __errors: ['At /needs/0.', 'Second.'] } } });
  });

  it('decodes JSON Pointer escapes into keys', () => {
    expect(findingsToRjsf({ findings: [byPath('/a~1b/~0c~01')] })).toEqual({ 'a/b': { '~c~1': { __errors: ['At /a~1b/~0c~01.'] } } });
  });

  it('makes __proto__, constructor and prototype plain keys, polluting no prototype', () => {
    const rjsf = findingsToRjsf({ findings: [byPath('/__proto__/polluted'), byPath('/constructor/prototype/polluted'), byPath('/toString')] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(rjsf)).toBeNull();
    expect(Object.keys(rjsf)).toEqual(['__proto__', 'constructor', 'toString']);
    const own = (node: RjsfErrorSchema, key: string) => Object.getOwnPropertyDescriptor(node, key)?.value as RjsfErrorSchema;
    expect(own(own(rjsf, '__proto__'), 'polluted')).toEqual({ __errors: ['At /__proto__/polluted.'] });
    expect(own(own(own(rjsf, 'constructor'), 'prototype'), 'polluted')).toEqual({ __errors: ['At /constructor/prototype/polluted.'] });
    expect(own(rjsf, 'toString')).toEqual({ __errors: ['At /toString.'] });
  });

  it('puts a finding on a field named __errors on the object that has it, as rjsf cannot name that field', () => {
    expect(findingsToRjsf({ findings: [byPath('/needs/0/__errors/x')] })).toEqual({ needs: { 0: { __errors: ['At /needs/0/__errors/x.'] } } });
  });
});

describe('both mappings', () => {
  it('never change the report', () => {
    const { report } = reported.find((e) => e.file === 'labelled-practitioner-notes.json')!;
    const frozen = deepFreeze(structuredClone(report));
    const before = structuredClone(frozen);
    findingsToJsonForms(frozen);
    findingsToRjsf(frozen);
    expect(frozen).toEqual(before);
  });

  it('give nothing for a report with no findings', () => {
    expect(findingsToJsonForms({ findings: [] })).toEqual([]);
    expect(findingsToRjsf({ findings: [] })).toEqual({});
  });
});
