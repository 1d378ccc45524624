import { CLD_FIELDS, type CldField, type CldRow } from './field.js';

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection"): a leading ' keeps it text.
const FORMULA = /^[=+\-@\t\r]/;

/** One CSV cell: formula-like text prefixed with ', then quoted if it holds a comma, quote or line break (RFC 4180). */
export function csvCell(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The header line, in the specification's column order (or the columns given). */
export const cldCsvHeader = (columns: readonly CldField[] = CLD_FIELDS): string => `${columns.map(csvCell).join(',')}\n`;

/** One row as a CSV line. */
export const cldCsvRow = (row: CldRow, columns: readonly CldField[] = CLD_FIELDS): string => `${columns.map((c) => csvCell(row[c])).join(',')}\n`;

/** Rows as a whole CSV document: the header, then a line a row. */
export function toCldCsv(rows: Iterable<CldRow>, columns: readonly CldField[] = CLD_FIELDS): string {
  let out = cldCsvHeader(columns);
  for (const row of rows) out += cldCsvRow(row, columns);
  return out;
}
