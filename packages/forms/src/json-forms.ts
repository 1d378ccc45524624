import type { JsonSchema, RecordKind } from '@goodday/schemas';
import { isLongText, itemsOf, promptOf, propertiesOf } from './fields.js';
import { sharedFormSchema } from './form-schema.js';
import { holds } from './layout.js';
import { layouts } from './layouts.js';

/** How `jsonFormsUiSchema` writes its rules. */
export interface JsonFormsUiOptions {
  /**
   * For a page under a strict Content Security Policy: each rule's condition as a function JSON Forms calls
   * (a `validate` condition, JSON Forms 3.3 and later) instead of a schema its ajv compiles with `new Function`.
   * Use it with `validationMode: 'NoValidation'` and Good Day's findings as `additionalErrors`. Default false.
   */
  readonly noCompiledRules?: boolean;
}

/** A JSON Forms UI schema element, typed structurally: the shapes this package makes. */
export type JsonFormsElement =
  | { readonly type: 'Control'; readonly scope: string; readonly label?: string; readonly options?: Readonly<Record<string, unknown>> }
  | { readonly type: 'Label'; readonly text: string }
  | { readonly type: 'VerticalLayout'; readonly elements: readonly JsonFormsElement[] }
  | { readonly type: 'Group'; readonly label: string; readonly elements: readonly JsonFormsElement[] }
  | JsonFormsCategory;

/** A JSON Forms category: one step of the conversation, enabled once what it waits for exists. */
export interface JsonFormsCategory {
  readonly type: 'Category';
  readonly label: string;
  readonly elements: readonly JsonFormsElement[];
  readonly rule?: {
    readonly effect: 'ENABLE';
    readonly condition: { readonly scope: string; readonly schema: object; readonly failWhenUndefined: true } | { readonly scope: string; readonly validate: (context: { readonly data: unknown }) => boolean };
  };
}

/** A JSON Forms categorisation (steps), as `jsonFormsUiSchema` returns it. */
export interface JsonFormsUiSchema {
  readonly type: 'Categorization';
  readonly elements: readonly JsonFormsCategory[];
  readonly options: { readonly variant: 'stepper'; readonly showNavButtons: true };
}

/**
 * A field's control with its question above it. An object's fields are laid out in a group of their own, with
 * scopes into the object, which every renderer set draws; a list of objects lays out each item's fields (`detail`).
 */
function fieldElements(scope: string, name: string, schema: JsonSchema): JsonFormsElement[] {
  const prompt = promptOf(schema);
  const asked: JsonFormsElement[] = prompt ? [{ type: 'Label', text: prompt }] : [];
  if (schema.type === 'object' && schema.properties) {
    const elements = propertiesOf(schema).flatMap(([key, sub]) => fieldElements(`${scope}/properties/${key}`, key, sub));
    return [{ type: 'Group', label: schema.title ?? name, elements: [...asked, ...elements] }];
  }
  const options: Record<string, unknown> = {};
  const items = itemsOf(schema);
  if (isLongText(schema) || (items && isLongText(items))) options.multi = true;
  if (items?.type === 'object' && items.properties) options.detail = { type: 'VerticalLayout', elements: propertiesOf(items).flatMap(([key, sub]) => fieldElements(`#/properties/${key}`, key, sub)) };
  return [...asked, { type: 'Control', scope, label: schema.title ?? name, ...(Object.keys(options).length > 0 ? { options } : {}) }];
}

/**
 * A JSON Forms UI schema for a kind (the newest version unless one is given): one step per part of the
 * conversation, in the order the law sets, each field labelled by its title with its `x-prompt` above it. A step
 * that must wait (eligibility until a need has its impact on wellbeing; impairment until the four functional
 * questions are answered; best interests until the person is found to lack capacity) is disabled by a rule until
 * what it waits for exists. `$schema` has no control: the form schema fixes it.
 */
export function jsonFormsUiSchema(kind: RecordKind, version?: string, options: JsonFormsUiOptions = {}): JsonFormsUiSchema {
  const schema = sharedFormSchema(kind, version);
  const properties = schema.properties ?? {};
  return {
    type: 'Categorization',
    options: { variant: 'stepper', showNavButtons: true },
    elements: layouts[kind].sections.map((section): JsonFormsCategory => {
      const elements = section.fields.filter((field) => field in properties).flatMap((field) => fieldElements(`#/properties/${field}`, field, properties[field]!));
      if (!section.waits) return { type: 'Category', label: section.title, elements };
      const { field, schema: condition, why } = section.waits;
      return {
        type: 'Category',
        label: section.title,
        elements: [{ type: 'Label', text: why }, ...elements],
        rule: {
          effect: 'ENABLE',
          condition: options.noCompiledRules
            ? { scope: `#/properties/${field}`, validate: ({ data }) => holds(condition, data) }
            : { scope: `#/properties/${field}`, schema: structuredClone(condition), failWhenUndefined: true },
        },
      };
    }),
  };
}
