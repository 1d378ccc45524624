import { Actions, coreReducer, createAjv, type CoreActions, type JsonFormsCore, type JsonSchema7 } from '@jsonforms/core';
import { expect, it } from 'vitest';
import { formSchema } from './form-schema.js';
import { keepFormData } from './keep-form-data.js';

it('keeps the data the form holds when JSON Forms applies its props again, and lets every other action through', () => {
  const schema = formSchema('assessment') as JsonSchema7;
  const ajv = createAjv();
  const start = { $schema: schema.properties!.$schema!.const as string, id: 'a-1', status: 'draft' };
  const typed = { ...start, goodDay: { text: 'Mornings in the garden', describedBy: 'person' } };
  const initial = coreReducer(undefined, Actions.init(start, schema, undefined, { ajv, validationMode: 'NoValidation' }) as CoreActions);
  const edited = keepFormData(initial, Actions.update('', () => typed) as CoreActions, coreReducer);
  expect(edited.data).toEqual(typed);
  // The findings changed, so JSON Forms applies its props again, with the data it was first given.
  const again = Actions.updateCore(start, schema, undefined, { ajv, validationMode: 'NoValidation', additionalErrors: [] }) as CoreActions;
  expect(keepFormData<JsonFormsCore, CoreActions>(edited, again, coreReducer).data).toEqual(typed);
  expect(coreReducer(edited, again).data).toEqual(start);
});
