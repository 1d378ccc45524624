import { clientType, eventType as eventTypes, labelOf } from './code-list.js';
import { CLD_FIELDS, FIELDS_BY_EVENT_TYPE, METHOD_OF_REVIEW, type CldField, type CldRow } from './field.js';
import { MAPPINGS } from './mapping/every-kind.js';
import type { KindMapping, MappedEvent } from './mapping/mapping.js';
import { INDIVIDUAL_LEVEL, isNotHeld, notHeldLabel, SYSTEM_LEVEL, type CldValue } from './not-held.js';
import { checkCldOptions, PERSON_FIELDS, type CldOptions } from './options.js';
import { isObject, kindOf, objectAt, stringAt } from './read.js';
import { addSkipped, emptyCldSummary, type CldSummary } from './summary.js';

const ALL_FIELDS: readonly CldField[] = [...CLD_FIELDS, METHOD_OF_REVIEW];
const UNKNOWN_KIND = 'not a Good Day record';
export const OUTSIDE_PERIOD = 'outside the period';
export const NO_SERVICE = 'no service the council pays for';

/** The person reference a record gives for the one it is about: "person.personRef", or its kind's own (a carer's). */
export function personRefOf(record: unknown): string | undefined {
  const mapping = MAPPINGS.get(kindOf(record)?.kind ?? '');
  const ref = mapping?.personRef ? (isObject(record) ? mapping.personRef(record) : undefined) : stringAt(objectAt(record, 'person'), 'personRef');
  return ref === '' ? undefined : ref;
}

function personIdOf(record: unknown, source: CldOptions['personId']): string | undefined {
  if (typeof source === 'function') return source(record);
  const ref = personRefOf(record);
  if (ref === undefined) return undefined;
  if (source instanceof Map) return source.get(ref);
  const table = source as Readonly<Record<string, string>>;
  return Object.hasOwn(table, ref) ? table[ref] : undefined;
}

/** What a record implies before the period: its mapping and events, or the kind and why it gives none. */
export function eventsOfRecord(record: unknown): { kind: string; mapping: KindMapping; events: readonly MappedEvent[] } | { kind: string; skipped: string } {
  const named = kindOf(record);
  const mapping = MAPPINGS.get(named?.kind ?? '');
  // Counted under "unknown", never the name the record gives: "__proto__" as a key of a summary would reach every object.
  if (!named || !mapping || !isObject(record)) return { kind: 'unknown', skipped: UNKNOWN_KIND };
  if (mapping.excluded) return { kind: named.kind, skipped: mapping.excluded };
  const status = stringAt(record, 'status');
  // Only finished work is returned: drafts, cancelled records and any other status give no event (§4.2).
  if (status !== 'complete' && status !== 'concluded') return { kind: named.kind, skipped: status === undefined ? 'no status' : status === 'draft' || status === 'cancelled' ? status : 'not complete' };
  const mapped = mapping.events(record, named.version);
  if ('skipped' in mapped) return { kind: named.kind, skipped: mapped.skipped };
  if (mapped.events.length === 0) return { kind: named.kind, skipped: NO_SERVICE };
  return { kind: named.kind, mapping, events: mapped.events };
}

/** Whether an event falls in the period: completed in it (requests, assessments, reviews) or active in it (services). */
export function inPeriod(event: MappedEvent, period: CldOptions['period']): boolean {
  if (event.periodRule === 'completed') return event.end !== undefined && event.end >= period.from && event.end <= period.to;
  return typeof event.start === 'string' && event.start <= period.to && (event.end === undefined || event.end >= period.from);
}

const applies = (field: CldField, type: string) => FIELDS_BY_EVENT_TYPE[field]?.includes(type) ?? true;

/** A row from an event: the caller's fields, the event's, "Data Not Held" for what neither says, blank where a field does not apply. */
export function buildRow(event: MappedEvent, record: unknown, options: CldOptions): { row: CldRow; notHeld: CldField[] } {
  const person = options.person?.(record) ?? {};
  const id = personIdOf(record, options.personId);
  const values: Partial<Record<CldField, CldValue>> = {
    LA_Code: options.laCode,
    LA_Name: options.laName || SYSTEM_LEVEL,
    Reporting_Period_Start_Date: options.period.from,
    Reporting_Period_End_Date: options.period.to,
    Der_Unique_Record_ID: event.id || INDIVIDUAL_LEVEL,
    Der_LA_Person_Unique_Identifier_Pseudo: id || INDIVIDUAL_LEVEL,
    Client_Type: labelOf(clientType, event.clientType === 'Carer' ? 'carer' : 'service-user'),
    Event_Type: labelOf(eventTypes, event.eventType.toLowerCase()),
    Event_Start_Date: event.start,
    ...event.fields,
  };
  // No Good Day record holds these: they are the caller's, or not held.
  for (const field of PERSON_FIELDS) {
    const given = person[field];
    values[field] = typeof given === 'string' && given !== '' ? given : SYSTEM_LEVEL;
  }
  const row = {} as Record<CldField, string>;
  const notHeld: CldField[] = [];
  for (const field of ALL_FIELDS) {
    if (!applies(field, event.eventType)) {
      row[field] = '';
      continue;
    }
    // A running service has no end date, and needs none (§4.2).
    if (field === 'Event_End_Date') {
      row[field] = event.end ?? '';
      continue;
    }
    const value = values[field] ?? INDIVIDUAL_LEVEL;
    if (isNotHeld(value)) notHeld.push(field);
    row[field] = isNotHeld(value) ? notHeldLabel(value) : value;
  }
  return { row, notHeld };
}

/**
 * The CLD rows one record implies in the period, counted into `summary` (changed) when given. Records are read,
 * never changed; one that is not a Good Day record, a draft, or of a kind CLD leaves out gives no row.
 */
export function cldEventsOf(record: unknown, options: CldOptions, summary?: CldSummary): CldRow[] {
  if (summary) summary.records++;
  const found = eventsOfRecord(record);
  if ('skipped' in found) {
    if (summary) addSkipped(summary, found.kind, found.skipped);
    return [];
  }
  const rows: CldRow[] = [];
  for (const event of found.events) {
    if (!inPeriod(event, options.period)) continue;
    const { row, notHeld } = buildRow(event, record, options);
    rows.push(row);
    if (summary) {
      summary.rows++;
      summary.rowsByEventType[event.eventType] = (summary.rowsByEventType[event.eventType] ?? 0) + 1;
      for (const field of notHeld) summary.notHeld[field] = (summary.notHeld[field] ?? 0) + 1;
    }
  }
  if (rows.length === 0 && summary) addSkipped(summary, found.kind, OUTSIDE_PERIOD);
  return rows;
}

/**
 * The Client Level Data events the records imply in the period: completed assessments and carer's assessments
 * (Assessment), the council-funded arrangements of complete support plans (Service), complete reviews (Review).
 * Throws a {@link CldOptionsError} for unusable options; never for a record.
 */
export function toCldEvents(records: Iterable<unknown>, options: CldOptions): { rows: CldRow[]; summary: CldSummary } {
  checkCldOptions(options);
  const summary = emptyCldSummary();
  const rows: CldRow[] = [];
  for (const record of records) for (const row of cldEventsOf(record, options, summary)) rows.push(row);
  return { rows, summary };
}
