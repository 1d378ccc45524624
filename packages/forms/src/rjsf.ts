import type { JsonSchema, RecordKind } from '@goodday/schemas';
import { isLongText, itemsOf, promptOf, propertiesOf } from './fields.js';
import { sharedFormSchema } from './form-schema.js';
import { isOpen } from './layout.js';
import { layouts } from './layouts.js';

/** An rjsf `uiSchema`, typed structurally: `ui:` options by field, nested as the record is. */
export interface RjsfUiSchema {
  readonly [key: string]: unknown;
}

/** One field's options: its question as help, a text area for long text, and its own fields' options. */
function fieldUi(schema: JsonSchema, disabled: boolean): Record<string, unknown> {
  const ui: Record<string, unknown> = {};
  const prompt = promptOf(schema);
  if (prompt) ui['ui:help'] = prompt;
  if (isLongText(schema)) ui['ui:widget'] = 'textarea';
  if (disabled) ui['ui:disabled'] = true;
  for (const [key, sub] of propertiesOf(schema)) {
    const inner = fieldUi(sub, false);
    if (Object.keys(inner).length > 0) ui[key] = inner;
  }
  const items = itemsOf(schema);
  if (items) {
    const inner = fieldUi(items, false);
    if (Object.keys(inner).length > 0) ui.items = inner;
  }
  return ui;
}

/**
 * An rjsf `uiSchema` for a kind (the newest version unless one is given): fields in the order of the
 * conversation (`ui:order`), each with its `x-prompt` as `ui:help`, long text as a text area and `$schema`
 * hidden. Given the record the form holds, the fields of a step that must wait are disabled (`ui:disabled`) until
 * what it waits for exists; pass the form's data on each change (rjsf's `onChange`) to open them as it fills in.
 */
export function rjsfUiSchema(kind: RecordKind, version?: string, formData?: unknown): RjsfUiSchema {
  const schema = sharedFormSchema(kind, version);
  const properties = schema.properties ?? {};
  const ui: Record<string, unknown> = { $schema: { 'ui:widget': 'hidden' } };
  const order: string[] = [];
  for (const section of layouts[kind].sections) {
    const closed = !isOpen(section, formData);
    for (const field of section.fields) {
      const sub = properties[field];
      if (!sub) continue;
      order.push(field);
      const options = fieldUi(sub, closed);
      if (Object.keys(options).length > 0) ui[field] = options;
    }
  }
  // Fields a layout does not name (a newer schema's) still show, after the rest, rather than failing rjsf's order check.
  ui['ui:order'] = [...order, '*', '$schema'];
  return ui;
}
