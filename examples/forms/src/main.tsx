import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import type { JsonSchema7, Middleware, UISchemaElement } from '@jsonforms/core';
import Form from '@rjsf/core';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { findingsToJsonForms, findingsToRjsf, formSchema, goodDayValidator, jsonFormsUiSchema, keepFormData, rjsfUiSchema, stamp } from '@goodday/forms';
import { recordKinds, type RecordKind } from '@goodday/schemas';
import { validate, type Report } from '@goodday/validate';
import { createElement as h, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import examples from 'virtual:examples';
import { listEntry } from './list.js';
import { stepsEntry } from './steps.js';

type Data = Record<string, unknown>;
const EMPTY = 'empty';
const records = examples as Record<string, Record<string, Data>>;
const renderers = [...vanillaRenderers, stepsEntry, listEntry];

/** The record a form starts from: an example, or only its $schema. */
function start(kind: RecordKind, example: string): Data {
  const found = records[kind]?.[example];
  return found ? structuredClone(found) : { $schema: formSchema(kind).properties!.$schema!.const };
}

// JSON Forms checks a schema rule with ajv.validate, which compiles with new Function: the rules as functions instead.
const jsonFormsUi = (kind: RecordKind) => jsonFormsUiSchema(kind, undefined, { noCompiledRules: true }) as unknown as UISchemaElement;


/**
 * The findings on the record as it would be saved: stamped (recordedAt on whatever changed since the start, so the
 * ordering rules can read it) and validated. A record validate() refuses (no $schema, over a limit) is one finding.
 */
function report(start: Data, data: Data): Pick<Report, 'findings'> {
  try {
    return validate(stamp(start, data, new Date()));
  } catch (error) {
    return { findings: [{ ruleId: 'input', severity: 'error', path: '', message: error instanceof Error ? error.message : String(error), source: '' }] };
  }
}

const count = (n: number) => (n === 0 ? 'No findings' : n === 1 ? '1 finding' : `${n} findings`);

function JsonFormsDemo({ kind, initial }: { kind: RecordKind; initial: Data }) {
  const schema = useMemo(() => formSchema(kind) as JsonSchema7, [kind]);
  const uischema = useMemo(() => jsonFormsUi(kind), [kind]);
  const [data, setData] = useState<Data>(initial);
  const found = useMemo(() => report(initial, data), [initial, data]);
  const additionalErrors = useMemo(() => findingsToJsonForms(found), [found]);
  return h(
    'section',
    { 'aria-labelledby': 'jsonforms-title', className: 'form', id: 'jsonforms' },
    h('h2', { id: 'jsonforms-title' }, 'JSON Forms'),
    h('p', { className: 'count', role: 'status', id: 'jsonforms-count' }, count(found.findings.length)),
    h(JsonForms, { schema, uischema, data: initial, renderers, cells: vanillaCells, validationMode: 'NoValidation', middleware: keepFormData as Middleware, additionalErrors: additionalErrors as never, onChange: ({ data: next }) => setData(next as Data) }),
  );
}

function RjsfDemo({ kind, initial }: { kind: RecordKind; initial: Data }) {
  const schema = useMemo(() => formSchema(kind) as RJSFSchema, [kind]);
  const [data, setData] = useState<Data>(initial);
  const uiSchema = useMemo(() => rjsfUiSchema(kind, undefined, data) as UiSchema, [kind, data]);
  const found = useMemo(() => report(initial, data), [initial, data]);
  const extraErrors = useMemo(() => findingsToRjsf(found), [found]);
  return h(
    'section',
    { 'aria-labelledby': 'rjsf-title', className: 'form', id: 'rjsf' },
    h('h2', { id: 'rjsf-title' }, 'react-jsonschema-form'),
    h('p', { className: 'count', role: 'status', id: 'rjsf-count' }, count(found.findings.length)),
    h(Form, { schema, uiSchema, formData: data, validator: goodDayValidator as never, extraErrors, showErrorList: false, noHtml5Validate: true, experimental_defaultFormStateBehavior: { emptyObjectFields: 'skipDefaults', arrayMinItems: { populate: 'never' } }, onChange: ({ formData }) => setData(formData as Data) }),
  );
}

function App() {
  const params = new URLSearchParams(location.search);
  const wanted = params.get('kind') as RecordKind | null;
  const [kind, setKind] = useState<RecordKind>(wanted && recordKinds.includes(wanted) ? wanted : 'assessment');
  const [example, setExample] = useState(params.get('example') ?? EMPTY);
  const initial = useMemo(() => start(kind, example), [kind, example]);
  const key = `${kind}/${example}`;
  return h(
    'div',
    null,
    h(
      'header',
      null,
      h('h1', null, 'Good Day forms'),
      h('p', null, 'One record kind in two form libraries, fed by @goodday/forms; every change is checked by @goodday/validate and each finding shown at its field.'),
      h(
        'div',
        { className: 'choose' },
        h('label', { htmlFor: 'kind' }, 'Record kind'),
        h('select', { id: 'kind', value: kind, onChange: (e) => { setKind((e.target as HTMLSelectElement).value as RecordKind); setExample(EMPTY); } }, recordKinds.map((k) => h('option', { key: k, value: k }, k.replace(/-/g, ' ')))),
        h('label', { htmlFor: 'example' }, 'Start from'),
        h('select', { id: 'example', value: example, onChange: (e) => setExample((e.target as HTMLSelectElement).value) }, [EMPTY, ...Object.keys(records[kind] ?? {})].map((name) => h('option', { key: name, value: name }, name === EMPTY ? 'an empty record' : name))),
      ),
    ),
    h('main', { className: 'forms' }, h(JsonFormsDemo, { key: `jf-${key}`, kind, initial }), h(RjsfDemo, { key: `rjsf-${key}`, kind, initial })),
  );
}

createRoot(document.getElementById('app')!).render(h(App));
