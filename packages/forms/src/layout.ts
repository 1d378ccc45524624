import type { RecordKind } from '@goodday/schemas';
import { conforms } from './conforms.js';

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

/** True when the value meets the condition, as JSON Schema reads it; a missing value never does. */
export const holds = (condition: Condition, value: unknown): boolean => value !== undefined && conforms(condition, value);

/** Whether a section is open for a record as it stands: it waits for nothing, or what it waits for is there. */
export const isOpen = (section: Section, record: unknown): boolean => !section.waits || holds(section.waits.schema, isObject(record) ? record[section.waits.field] : undefined);
