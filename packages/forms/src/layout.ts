import type { RecordKind } from '@goodday/schemas';

/**
 * What must exist before a section opens: a JSON Schema (draft-07, the keywords `holds` reads) that the value
 * of one top-level field must meet. A missing field never meets it.
 */
export interface Waits {
  /** The top-level field whose value is checked. */
  readonly field: string;
  readonly schema: Condition;
  /** Plain English, for the form: what to fill in first, and the law or practice that says so. */
  readonly why: string;
}

/** The part of JSON Schema a section's condition may use. */
export interface Condition {
  readonly type?: 'object' | 'array' | 'string' | 'boolean';
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, Condition>>;
  readonly const?: string | boolean;
  readonly minItems?: number;
  readonly contains?: Condition;
}

/** One step of the conversation: its title, the top-level fields it holds, in order, and what it waits for. */
export interface Section {
  readonly id: string;
  readonly title: string;
  readonly fields: readonly string[];
  readonly waits?: Waits;
}

/** A kind's form, section by section, in the order of the conversation. */
export interface Layout {
  readonly kind: RecordKind;
  readonly sections: readonly Section[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (value: Record<string, unknown>, key: string) => Object.prototype.hasOwnProperty.call(value, key);

/** True when the value meets the condition: the few JSON Schema keywords of {@link Condition}, as JSON Schema reads them. */
export function holds(condition: Condition, value: unknown): boolean {
  if (value === undefined) return false;
  const { type, required, properties, minItems, contains } = condition;
  if (type === 'object' && !isObject(value)) return false;
  if (type === 'array' && !Array.isArray(value)) return false;
  if (type === 'string' && typeof value !== 'string') return false;
  if (type === 'boolean' && typeof value !== 'boolean') return false;
  if ('const' in condition && value !== condition.const) return false;
  if (isObject(value)) {
    if (required && !required.every((key) => own(value, key))) return false;
    if (properties && !Object.entries(properties).every(([key, inner]) => !own(value, key) || holds(inner, value[key]))) return false;
  }
  if (Array.isArray(value)) {
    if (minItems !== undefined && value.length < minItems) return false;
    if (contains && !value.some((item) => item !== undefined && holds(contains, item))) return false;
  }
  return true;
}

/** Whether a section is open for a record as it stands: it waits for nothing, or what it waits for is there. */
export const isOpen = (section: Section, record: unknown): boolean => !section.waits || holds(section.waits.schema, isObject(record) ? record[section.waits.field] : undefined);
