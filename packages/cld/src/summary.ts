import type { CldField } from './field.js';

/** What an export produced: rows by event type, "Data Not Held" by field, and the records that gave no row, by kind and reason. */
export interface CldSummary {
  /** Records read. */
  records: number;
  rows: number;
  rowsByEventType: Record<string, number>;
  /** For each field, how many rows hold a "Data Not Held" code in it. */
  notHeld: Partial<Record<CldField, number>>;
  /** Records that gave no row: kind → reason → count. */
  skipped: Record<string, Record<string, number>>;
}

export const emptyCldSummary = (): CldSummary => ({ records: 0, rows: 0, rowsByEventType: {}, notHeld: {}, skipped: {} });

export function addSkipped(summary: CldSummary, kind: string, reason: string): void {
  const reasons = (summary.skipped[kind] ??= {});
  reasons[reason] = (reasons[reason] ?? 0) + 1;
}

const n = (value: number) => value.toLocaleString('en-GB');
const plural = (value: number, word: string) => `${n(value)} ${word}${value === 1 ? '' : 's'}`;

/**
 * The summary in one line, for a terminal: "3 rows (1 Assessment, 2 Service) from 40 records; fields not held:
 * Gender 3, Unit_Cost 2; no row from 37 records: safeguarding-enquiry 12 (CLD excludes …), assessment 2 (draft)".
 */
export function cldSummaryLine(summary: CldSummary): string {
  const types = Object.entries(summary.rowsByEventType).map(([type, count]) => `${n(count)} ${type}`);
  const parts = [`${plural(summary.rows, 'row')}${types.length ? ` (${types.join(', ')})` : ''} from ${plural(summary.records, 'record')}`];
  const notHeld = Object.entries(summary.notHeld).filter(([, count]) => count! > 0);
  parts.push(notHeld.length ? `fields not held: ${notHeld.map(([field, count]) => `${field} ${n(count!)}`).join(', ')}` : 'no field not held');
  const skipped = Object.entries(summary.skipped).flatMap(([kind, reasons]) => Object.entries(reasons).map(([reason, count]) => ({ kind, reason, count })));
  const total = skipped.reduce((sum, s) => sum + s.count, 0);
  if (total > 0) parts.push(`no row from ${plural(total, 'record')}: ${skipped.map((s) => `${s.kind} ${n(s.count)} (${s.reason})`).join(', ')}`);
  return parts.join('; ');
}
