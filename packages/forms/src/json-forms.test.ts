import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createAjv, Generate, isEnabled, resolveSchema, type JsonSchema7, type UISchemaElement } from '@jsonforms/core';
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import { getSchema, recordKinds, type JsonSchema } from '@goodday/schemas';
import { validate } from '@goodday/validate';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { examplesOf } from '../../../test/examples.js';
import { formSchema, formVersions } from './form-schema.js';
import { jsonFormsUiSchema, type JsonFormsElement } from './json-forms.js';
import { isOpen } from './layout.js';
import { layouts } from './layouts.js';

const examples = examplesOf;
const every = recordKinds.flatMap((kind) => formVersions(kind).map((version) => [kind, version] as const));

/** Every control with the schema its scope is relative to: the form's, or the object a detail lays out. */
function controls(elements: readonly JsonFormsElement[], schema: JsonSchema7, root: JsonSchema7, out: { scope: string; label?: string; options?: Record<string, unknown>; resolved: JsonSchema7 | undefined }[] = []) {
  for (const element of elements) {
    if (element.type === 'Control') {
      const resolved = resolveSchema(schema, element.scope, root) as JsonSchema7 | undefined;
      out.push({ ...element, resolved });
      const detail = element.options?.detail as { elements: JsonFormsElement[] } | undefined;
      const items = resolved?.type === 'array' ? (resolved.items as JsonSchema7) : undefined;
      if (detail && items) controls(detail.elements, items, items, out);
    } else if ('elements' in element) controls(element.elements, schema, root, out);
  }
  return out;
}

describe('JSON Forms takes the form-ready schemas as they are', () => {
  it.each(every)('%s %s: its default ajv compiles the schema and finds every structurally valid example valid', (kind, version) => {
    const check = createAjv().compile(formSchema(kind, version));
    let valid = 0;
    for (const { name, record } of examples(kind).filter((e) => e.record.$schema === getSchema(kind, version)?.$id)) {
      const structural = validate(record, { language: false }).findings.filter((f) => f.ruleId.startsWith('structure/'));
      expect(check(record), `${name}: ${JSON.stringify(check.errors?.[0])}`).toBe(structural.length === 0);
      if (structural.length === 0) valid++;
    }
    expect(valid).toBeGreaterThan(0);
  });

  it.each(every)('%s %s: Generate.uiSchema gives a control for every field, which it does not for the published schema', (kind, version) => {
    const scopes = (ui: UISchemaElement): string[] => ('scope' in ui ? [String(ui.scope)] : 'elements' in ui ? (ui.elements as UISchemaElement[]).flatMap(scopes) : []);
    const fields = Object.keys(formSchema(kind, version).properties!);
    expect(scopes(Generate.uiSchema(formSchema(kind, version) as JsonSchema7)).sort()).toEqual(fields.map((f) => `#/properties/${f}`).sort());
    // The bug this package exists for: fields whose $ref points into common are dropped.
    expect(scopes(Generate.uiSchema(getSchema(kind, version) as JsonSchema7)).length).toBeLessThan(fields.length);
  });
});

describe('jsonFormsUiSchema', () => {
  it.each(every)('%s %s: every control resolves to a field and is labelled by its title; long text is multi-line', (kind, version) => {
    const schema = formSchema(kind, version) as JsonSchema7;
    const found = controls(jsonFormsUiSchema(kind, version).elements, schema, schema);
    expect(found.length).toBeGreaterThan(20);
    for (const control of found) {
      expect(control.resolved, control.scope).toBeDefined();
      expect(control.label).toBe(control.resolved!.title ?? control.scope.split('/').at(-1));
      const items = control.resolved!.items as JsonSchema7 | undefined;
      const long = (s?: JsonSchema7) => s?.type === 'string' && !s.oneOf && !s.format && (s.maxLength ?? 0) > 500;
      expect(control.options?.multi === true, control.scope).toBe(long(control.resolved) || long(items));
    }
    expect(found.some((c) => c.options?.multi)).toBe(true);
    expect(found.some((c) => c.scope === '#/properties/$schema')).toBe(false);
  });

  it.each(recordKinds)('%s: a step that waits is disabled until what it waits for exists, as JSON Forms evaluates its rule', (kind) => {
    const ajv = createAjv();
    const ui = jsonFormsUiSchema(kind);
    const $schema = formSchema(kind).properties!.$schema!.const;
    layouts[kind].sections.forEach((section, i) => {
      const category = ui.elements[i]! as unknown as UISchemaElement;
      expect(isEnabled(category, { $schema }, '', ajv, undefined), section.id).toBe(!section.waits);
      if (!section.waits) return;
      const opening = examples(kind).map((e) => e.record).find((r) => validate(r).valid && isOpen(section, r));
      expect(opening, `an example that opens ${section.id}`).toBeDefined();
      expect(isEnabled(category, { $schema, [section.waits.field]: opening![section.waits.field] }, '', ajv, undefined), section.id).toBe(true);
    });
  });

  it.each([false, true])('keeps eligibility closed while a need has no impact on wellbeing, and opens it when one has (rules as functions: %s)', (noCompiledRules) => {
    const ajv = createAjv();
    const eligibility = jsonFormsUiSchema('assessment', undefined, { noCompiledRules }).elements.at(-1)! as unknown as UISchemaElement;
    expect('validate' in eligibility.rule!.condition).toBe(noCompiledRules);
    const need = { id: 'need-1', inPersonsWords: { text: 'Getting up the stairs is harder since my fall.', describedBy: 'person', recordedAt: '2026-03-03T10:00:00Z' } };
    expect(isEnabled(eligibility, { needs: [need] }, '', ajv, undefined)).toBe(false);
    expect(isEnabled(eligibility, { needs: [need, { ...need, id: 'need-2', wellbeingImpact: { inPersonsWords: { text: 'I worry about falling.', describedBy: 'person', recordedAt: '2026-03-03T10:05:00Z' }, areas: ['physical-mental-emotional'] } }] }, '', ajv, undefined)).toBe(true);
  });

  it.each(recordKinds)('%s: renders with the vanilla renderers, every field of the first step labelled by its title', (kind) => {
    const schema = formSchema(kind);
    const html = renderToStaticMarkup(createElement(JsonForms, { schema: schema as JsonSchema7, uischema: jsonFormsUiSchema(kind) as unknown as UISchemaElement, data: { $schema: schema.properties!.$schema!.const }, renderers: vanillaRenderers, cells: vanillaCells }));
    expect(html).not.toContain('No applicable');
    // React escapes an apostrophe in text ("Carer's assessment id") as &#x27;.
    const asHtml = (title: string) => title.replace(/[()]/g, '\\$&').replace(/'/g, '&#x27;');
    for (const field of layouts[kind].sections[0]!.fields) expect(html, field).toMatch(new RegExp(`>${asHtml((schema.properties![field] as JsonSchema).title!)}\\*?<`));
  });

  it('renders under a strict CSP with its rules as functions and no validation: nothing is compiled', () => {
    const script = `
      import { createAjv, isEnabled } from '@jsonforms/core';
      import { JsonForms } from '@jsonforms/react';
      import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
      import { createElement } from 'react';
      import { renderToStaticMarkup } from 'react-dom/server';
      import { formSchema, jsonFormsUiSchema } from './dist/index.js';
      const schema = formSchema('assessment');
      const uischema = jsonFormsUiSchema('assessment', undefined, { noCompiledRules: NO_COMPILED });
      const html = renderToStaticMarkup(createElement(JsonForms, { schema, uischema, data: { $schema: schema.properties.$schema.const }, renderers: vanillaRenderers, cells: vanillaCells, validationMode: 'NoValidation' }));
      // Moving to the eligibility step evaluates its rule, as JSON Forms does for the step shown.
      const open = isEnabled(uischema.elements.at(-1), { needs: [{ id: 'need-1' }] }, '', createAjv(), undefined);
      console.log(html.includes('About this assessment') && open === false ? 'rendered' : 'no form');`;
    // Node refuses eval and new Function with this flag, as a browser does under script-src without 'unsafe-eval'.
    const run = (noCompiled: boolean) => spawnSync(process.execPath, ['--disallow-code-generation-from-strings', '--input-type=module', '-e', script.replace('NO_COMPILED', String(noCompiled))], { cwd: join(import.meta.dirname, '..'), encoding: 'utf8' });
    const functions = run(true);
    expect(functions.stdout.trim(), functions.stderr).toBe('rendered');
    expect(functions.stderr).toBe('');
    expect(run(false).stderr).toMatch(/Code generation from strings disallowed/);
  });
});
