import { createDefaultValue, isPrimitiveArrayControl, Paths, rankWith, type ArrayControlProps } from '@jsonforms/core';
import { JsonFormsDispatch, withJsonFormsArrayControlProps } from '@jsonforms/react';
import { createElement as h } from 'react';

// The vanilla table for a list of strings or codes has an empty header cell and unlabelled inputs (axe-core:
// empty-table-header, label, select-name): this list gives every item its own labelled control and named buttons.

function List({ label, path, schema, rootSchema, data, addItem, removeItems, enabled, errors, visible, renderers, cells }: ArrayControlProps) {
  // A control's data is the list itself (a layout's would be its length).
  const count = Array.isArray(data) ? data.length : typeof data === 'number' ? data : 0;
  return h(
    'fieldset',
    { className: 'list-control', hidden: !visible },
    h('legend', null, label),
    count === 0
      ? h('p', { className: 'empty' }, 'None yet.')
      : h(
          'ol',
          null,
          Array.from({ length: count }, (_, i) =>
            h(
              'li',
              { key: i },
              h(JsonFormsDispatch, { schema, uischema: { type: 'Control', scope: '#', label: `${label}: item ${i + 1}` } as never, path: Paths.compose(path, String(i)), enabled, renderers, cells }),
              h('button', { type: 'button', disabled: !enabled, onClick: removeItems?.(path, [i]) }, `Remove item ${i + 1} from ${label}`),
            ),
          ),
        ),
    h('button', { type: 'button', disabled: !enabled, onClick: addItem(path, createDefaultValue(schema, rootSchema)) }, `Add to ${label}`),
    h('div', { className: 'validation' }, errors),
  );
}

export const listEntry = { tester: rankWith(10, isPrimitiveArrayControl), renderer: withJsonFormsArrayControlProps(List) };
