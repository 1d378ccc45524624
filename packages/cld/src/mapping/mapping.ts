import type { CldField } from '../field.js';
import type { CldValue } from '../not-held.js';

/** An event a record implies, before the period rules and the caller's fields are applied. */
export interface MappedEvent {
  /** The row's Der_Unique_Record_ID: the record's id, with the arrangement's id for a service line. */
  readonly id: string;
  readonly eventType: 'Assessment' | 'Service' | 'Review';
  readonly clientType: 'Service User' | 'Carer';
  /** Requests, assessments and reviews count when completed in the period; services when active in it (§4.2). */
  readonly periodRule: 'completed' | 'active';
  readonly start: CldValue;
  /** The end date; undefined for a service still running, the one event type that may have no end (§4.2). */
  readonly end: string | undefined;
  readonly fields: Partial<Record<CldField, CldValue>>;
}

/** What one record implies: its events, or why it implies none. */
export type Mapped = { readonly events: readonly MappedEvent[] } | { readonly skipped: string };

/** How records of one kind become CLD events: one file per kind, so each can be adjusted on its own. */
export interface KindMapping {
  readonly kind: string;
  /** The person's reference in the caller's system, as the record gives it; "person.personRef" unless the kind says otherwise. */
  readonly personRef?: (record: Readonly<Record<string, unknown>>) => string | undefined;
  /** Why every record of this kind is left out, whatever its status: a kind CLD does not count. */
  readonly excluded?: string;
  /** Events from a record of this kind whose status is complete (drafts and cancelled ones never reach it). */
  events(record: Readonly<Record<string, unknown>>, version: string): Mapped;
}

/** Why a complete record is left out when it has no date to place its event in a period. */
export const NO_COMPLETION_DATE = 'complete but no completion date';
export const NO_START_DATE = 'complete but no start date';
