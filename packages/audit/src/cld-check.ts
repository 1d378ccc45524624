import { cldCoverage, COVERAGE_FIELDS } from '@goodday/cld';
import type { ReadItem } from './item.js';

/**
 * How ready an export is for its next Client Level Data return: for each CLD field, how many of the records that
 * would give a CLD row it applies to, and how many of them could supply it (the rest would be "Data Not Held").
 */
export interface CldCheck {
  readonly format: 'goodday-cld-check/1';
  /** Items read, records or not. */
  records: number;
  /** Items that could not be read as JSON. */
  unreadable: number;
  /** Records that would give at least one CLD row, in some period. */
  returned: number;
  /** Field → records it applies to, and records that could supply it. */
  readonly fields: Record<string, { applicable: number; supplied: number }>;
  /** Records that would give no row: kind → reason → count. */
  readonly skipped: Record<string, Record<string, number>>;
}

export const emptyCldCheck = (): CldCheck => ({ format: 'goodday-cld-check/1', records: 0, unreadable: 0, returned: 0, fields: {}, skipped: {} });

/** Adds one read item to the check (changing it). */
export function addToCldCheck(check: CldCheck, item: ReadItem): void {
  check.records++;
  if ('error' in item) {
    check.unreadable++;
    return;
  }
  const found = cldCoverage(item.value);
  if ('skipped' in found) {
    const reasons = (check.skipped[found.kind] ??= {});
    reasons[found.skipped] = (reasons[found.skipped] ?? 0) + 1;
    return;
  }
  check.returned++;
  for (const [field, supplied] of found.fields) {
    const tally = (check.fields[field] ??= { applicable: 0, supplied: 0 });
    tally.applicable++;
    if (supplied) tally.supplied++;
  }
}

/** A check of records read one at a time, from a file reader or a list ({@link recordItems}). */
export async function cldCheck(items: AsyncIterable<ReadItem> | Iterable<ReadItem>): Promise<CldCheck> {
  const check = emptyCldCheck();
  for await (const item of items) addToCldCheck(check, item);
  return check;
}

const percent = (part: number, whole: number) => (whole === 0 ? '' : ((100 * part) / whole).toFixed(1));

/** One row per CLD field, in the specification's column order: records it applies to, records that could supply it, the rest not held. */
export function toCldCheckCsv(check: CldCheck): string {
  const rows = COVERAGE_FIELDS.map((field) => {
    const t = check.fields[field] ?? { applicable: 0, supplied: 0 };
    return [field, t.applicable, t.supplied, t.applicable - t.supplied, percent(t.supplied, t.applicable)].join(',');
  });
  return `field,records_applicable,records_supplying,records_not_held,supplied_percent\n${rows.join('\n')}\n`;
}
