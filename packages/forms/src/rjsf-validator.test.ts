import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Form from '@rjsf/core';
import type { RJSFSchema, ValidatorType } from '@rjsf/utils';
import { recordKinds } from '@goodday/schemas';
import { validate } from '@goodday/validate';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { allExamples } from '../../../test/examples.js';
import { findingsToRjsf } from './findings.js';
import { formSchema } from './form-schema.js';
import { goodDayValidator } from './rjsf-validator.js';
import { rjsfUiSchema } from './rjsf.js';

const examples = allExamples();

describe('goodDayValidator (rjsf, with nothing compiled)', () => {
  it('gives the error findings of every example as rjsf errors, on their fields; warnings do not stop a submit', () => {
    let invalid = 0;
    for (const { name, kind, record } of examples) {
      const errors = validate(record).findings.filter((f) => f.severity === 'error');
      const result = goodDayValidator.validateFormData(record, formSchema(kind as never));
      expect(result.errors.map((e) => [e.name, e.message]), name).toEqual(errors.map((f) => [f.ruleId, f.message]));
      expect(result.errorSchema, name).toEqual(findingsToRjsf({ findings: errors }));
      if (errors.length > 0) invalid++;
    }
    expect(invalid).toBeGreaterThan(5);
  });

  it('says in one rjsf error, on the whole form, when the data is not a Good Day record', () => {
    const { errors } = goodDayValidator.validateFormData({ name: 'x' }, {});
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ name: 'input/no-schema', property: '' });
  });

  it('runs customValidate and transformErrors as rjsf does', () => {
    const record = examples.find((e) => e.name === 'assessment/complete-eligible.json')!.record;
    const result = goodDayValidator.validateFormData(
      record,
      formSchema('assessment'),
      (_data, errors) => {
        (errors.goodDay as { addError: (m: string) => void }).addError('Ask again about Sundays.');
        return errors;
      },
      (errors) => errors.map((e) => ({ ...e, message: `[council] ${e.message}` })),
    );
    expect(result.errors.map((e) => [e.property, e.message])).toEqual([['.goodDay', '[council] Ask again about Sundays.']]);
    expect(result.errorSchema).toEqual({ goodDay: { __errors: ['Ask again about Sundays.'] } });
  });

  it('picks the branch of a code list a value is, and checks the whole form by Good Day', () => {
    const status = formSchema('assessment').properties!.status!;
    const [draft, complete] = status.oneOf!;
    expect([goodDayValidator.isValid(draft, 'draft', status), goodDayValidator.isValid(complete, 'draft', status)]).toEqual([true, false]);
    const schema = formSchema('assessment');
    const record = examples.find((e) => e.name === 'assessment/complete-eligible.json')!.record;
    expect(goodDayValidator.isValid(schema, record, schema)).toBe(true);
    expect(goodDayValidator.isValid(schema, { ...record, status: 'finished' }, schema)).toBe(false);
    expect(goodDayValidator.rawValidation(schema, { ...record, status: 'finished' }).errors?.[0]?.name).toMatch(/^structure\//);
    expect(goodDayValidator.rawValidation(schema, record)).toEqual({});
  });

  it.each(recordKinds)('%s: renders every example in rjsf, which asks it which branch each code is', (kind) => {
    // Four of each kind: every render asks the validator about every code of the record.
    for (const { name, record } of examples.filter((e) => e.kind === kind).slice(0, 4)) {
      const html = renderToStaticMarkup(createElement(Form, { schema: formSchema(kind) as RJSFSchema, uiSchema: rjsfUiSchema(kind, undefined, record), formData: record, validator: goodDayValidator as unknown as ValidatorType }));
      // Each code list shows the record's code as the chosen option, which rjsf finds by asking isValid of each branch.
      expect(html, name).toMatch(/<option value="\d+" selected="">/);
    }
  }, 60_000);

  it('works where code may not be made from strings (a strict CSP), where rjsf’s own validator fails', () => {
    // Node refuses eval and new Function with this flag, as a browser does under script-src without 'unsafe-eval'.
    const script = (validator: string) => `
      import Form from '@rjsf/core';
      import { createElement } from 'react';
      import { renderToStaticMarkup } from 'react-dom/server';
      ${validator}
      import { formSchema } from './dist/index.js';
      const html = renderToStaticMarkup(createElement(Form, { schema: formSchema('assessment'), formData: { id: 'a-1', status: 'draft' }, validator, liveValidate: true }));
      console.log(html.includes('<form') ? 'rendered' : 'no form');`;
    const run = (validator: string) => spawnSync(process.execPath, ['--disallow-code-generation-from-strings', '--input-type=module', '-e', script(validator)], { cwd: join(import.meta.dirname, '..'), encoding: 'utf8' });
    const ours = run(`import { goodDayValidator as validator } from './dist/index.js';`);
    expect(ours.stderr).toBe('');
    expect(ours.stdout.trim()).toBe('rendered');
    const theirs = run(`import validator from '@rjsf/validator-ajv8';`);
    expect(theirs.stderr).toMatch(/Code generation from strings disallowed/);
    // Two Node processes, each loading React, rjsf and every schema version: past five seconds on a busy machine.
  }, 30_000);
});
