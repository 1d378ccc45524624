import Form from '@rjsf/core';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { getSchema, recordKinds, type JsonSchema } from '@goodday/schemas';
import { validate } from '@goodday/validate';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { examplesOf } from '../../../test/examples.js';
import { formSchema, formVersions } from './form-schema.js';
import { isOpen } from './layout.js';
import { layouts } from './layouts.js';
import { rjsfUiSchema } from './rjsf.js';

const examples = examplesOf;
const every = recordKinds.flatMap((kind) => formVersions(kind).map((version) => [kind, version] as const));
const form = (schema: JsonSchema, uiSchema: object, formData: unknown) =>
  renderToStaticMarkup(createElement(Form, { schema: schema as RJSFSchema, uiSchema: uiSchema as UiSchema, formData, validator, showErrorList: false }));

describe('rjsf takes the form-ready schemas as they are', () => {
  it.each(every)('%s %s: its default validator finds every structurally valid example valid', (kind, version) => {
    const schema = formSchema(kind, version) as RJSFSchema;
    let valid = 0;
    for (const { name, record } of examples(kind).filter((e) => e.record.$schema === getSchema(kind, version)?.$id)) {
      const structural = validate(record, { language: false }).findings.filter((f) => f.ruleId.startsWith('structure/'));
      const { errors } = validator.validateFormData(record, schema);
      expect(errors.length === 0, `${name}: ${errors[0]?.stack}`).toBe(structural.length === 0);
      if (structural.length === 0) valid++;
    }
    expect(valid).toBeGreaterThan(0);
  });

  it.each(every)('%s %s: every field renders (no "Unsupported field schema"), code lists as choices, long text as text areas, $schema hidden', (kind, version) => {
    const record = examples(kind).find((e) => e.record.$schema === getSchema(kind, version)?.$id && validate(e.record).valid && e.record.status !== 'draft')!.record;
    const html = form(formSchema(kind, version), rjsfUiSchema(kind, version, record), record);
    expect(html).not.toContain('Unsupported field schema');
    expect(html).toContain('<select');
    expect(html).toContain('<textarea');
    expect(html).toMatch(/<input type="hidden" id="root_\$schema"[^>]*value="https:\/\/goodday\.dev\/schemas\//);
    // The published schema, for contrast: rjsf cannot follow its references into the common schema.
    expect(() => form(getSchema(kind, version)!, {}, record)).toThrow(/Could not find a definition/);
  });
});

describe('rjsfUiSchema', () => {
  it.each(recordKinds)('%s: orders the fields as the conversation goes, asks each x-prompt as help, and hides $schema', (kind) => {
    const ui = rjsfUiSchema(kind);
    expect(ui['ui:order']).toEqual([...layouts[kind].sections.flatMap((s) => s.fields), '*', '$schema']);
    expect(ui.$schema).toEqual({ 'ui:widget': 'hidden' });
    const schema = formSchema(kind);
    for (const [field, sub] of Object.entries(schema.properties!)) {
      if (typeof sub['x-prompt'] === 'string') expect((ui[field] as Record<string, unknown>)['ui:help'], field).toBe(sub['x-prompt']);
    }
    const html = form(schema, ui, { $schema: schema.properties!.$schema!.const });
    // Fields and the fields of objects show on an empty form (a list's items only once there are some).
    const prompts = (s: JsonSchema): string[] => Object.values(s.properties ?? {}).flatMap((sub) => [...(typeof sub['x-prompt'] === 'string' ? [sub['x-prompt']] : []), ...prompts(sub)]);
    expect(prompts(schema).length).toBeGreaterThan(0);
    for (const prompt of prompts(schema)) expect(html).toContain(prompt.replace(/'/g, '&#x27;'));
  });

  it.each(recordKinds)('%s: disables the fields of a step until what it waits for exists, and opens them when it does', (kind) => {
    const schema = formSchema(kind);
    const empty = { $schema: schema.properties!.$schema!.const };
    for (const section of layouts[kind].sections) {
      for (const field of section.fields) {
        const disabled = (rjsfUiSchema(kind, undefined, empty)[field] as Record<string, unknown> | undefined)?.['ui:disabled'] === true;
        expect(disabled, `${section.id}: ${field}`).toBe(section.waits !== undefined);
      }
      if (!section.waits) continue;
      const record = examples(kind).map((e) => e.record).find((r) => validate(r).valid && isOpen(section, r))!;
      for (const field of section.fields) expect((rjsfUiSchema(kind, undefined, record)[field] as Record<string, unknown> | undefined)?.['ui:disabled'], field).toBeUndefined();
    }
  });

  it('renders eligibility disabled in rjsf while no need has its impact on wellbeing', () => {
    const schema = formSchema('assessment');
    const data = { $schema: schema.properties!.$schema!.const, needs: [{ id: 'need-1' }] };
    const html = form(schema, rjsfUiSchema('assessment', undefined, data), data);
    expect(html).toMatch(/<input id="root_eligibility_determinedAt"[^>]*disabled=""/);
    expect(html).toMatch(/<input id="root_needs_0_id"[^>]*value="need-1"/);
    expect(html).not.toMatch(/<input id="root_needs_0_id"[^>]*disabled=""/);
  });
});
