import { isEnabled, rankWith, uiTypeIs, type Categorization, type Category, type LayoutProps, type UISchemaElement } from '@jsonforms/core';
import { JsonFormsDispatch, useJsonForms, withJsonFormsLayoutProps } from '@jsonforms/react';
import { createElement as h, useState } from 'react';

// The vanilla Categorization neither passes a step's ENABLE rule to its fields nor lets a keyboard reach its
// steps (clickable list items): this stepper uses buttons, marks the current step, and disables a closed step's fields.

function Steps({ uischema, schema, path, visible }: LayoutProps) {
  const { core, config } = useJsonForms();
  const steps = (uischema as Categorization).elements as Category[];
  const [current, setCurrent] = useState(0);
  const step = steps[Math.min(current, steps.length - 1)]!;
  const open = (c: Category) => isEnabled(c, core?.data, '', core?.ajv as never, config);
  const enabled = open(step);
  const headingId = `step-${current}`;
  return h(
    'div',
    { className: 'steps', hidden: visible === false },
    h('nav', { 'aria-label': 'Steps of the conversation' }, h('ol', null, steps.map((c, i) => h('li', { key: c.label }, h('button', { type: 'button', 'aria-current': i === current ? 'step' : undefined, onClick: () => setCurrent(i) }, c.label, open(c) ? null : h('span', { className: 'waits' }, ' (waits)')))))),
    h(
      'section',
      { 'aria-labelledby': headingId, className: enabled ? 'step' : 'step closed' },
      h('h3', { id: headingId }, step.label),
      (step.elements as UISchemaElement[]).map((child, i) => h(JsonFormsDispatch, { key: `${current}-${i}`, uischema: child, schema, path, enabled })),
    ),
    h(
      'div',
      { className: 'step-buttons' },
      h('button', { type: 'button', disabled: current === 0, onClick: () => setCurrent(current - 1) }, 'Previous step'),
      h('button', { type: 'button', disabled: current === steps.length - 1, onClick: () => setCurrent(current + 1) }, 'Next step'),
    ),
  );
}

export const stepsEntry = { tester: rankWith(10, uiTypeIs('Categorization')), renderer: withJsonFormsLayoutProps(Steps) };
