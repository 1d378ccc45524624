import { CLD_FIELDS, METHOD_OF_REVIEW, type CldField } from './field.js';
import { buildRow, eventsOfRecord, personRefOf } from './to-cld-events.js';

/** Fields the caller gives (the council and the period), not the records: left out of coverage. */
const FROM_THE_CALLER: ReadonlySet<CldField> = new Set(['LA_Code', 'LA_Name', 'Reporting_Period_Start_Date', 'Reporting_Period_End_Date']);

/** The fields whose coverage is counted: every CLD field a record could fill, and Method of review. */
export const COVERAGE_FIELDS: readonly CldField[] = ([...CLD_FIELDS, METHOD_OF_REVIEW] as CldField[]).filter((f) => !FROM_THE_CALLER.has(f));

const OPTIONS = { laCode: 'E09000000', period: { from: '0000-01-01', to: '9999-12-31' }, personId: personRefOf };

/**
 * Which CLD fields one record could supply at a return, whatever the period: for each field that applies to any of
 * its events, true if at least one of them holds a value, false if "Data Not Held". The person identifier counts as
 * supplied when the record gives a person reference. A record that implies no event gives its kind and why not.
 */
export function cldCoverage(record: unknown): { kind: string; fields: ReadonlyMap<CldField, boolean> } | { kind: string; skipped: string } {
  const found = eventsOfRecord(record);
  if ('skipped' in found) return found;
  const fields = new Map<CldField, boolean>();
  for (const event of found.events) {
    const { row, notHeld } = buildRow(event, record, OPTIONS);
    const missing = new Set(notHeld);
    for (const field of COVERAGE_FIELDS) {
      // A blank field does not apply to this event type; a running service's blank end date is not missing either.
      if (row[field] === '' && !missing.has(field)) continue;
      fields.set(field, fields.get(field) === true || !missing.has(field));
    }
  }
  return { kind: found.kind, fields };
}
