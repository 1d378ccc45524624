// The two string formats Good Day schemas use, checked exactly (RFC 3339) without regular expressions or
// allocation: every record carries dozens of dates, so these run more than any other check.
// The precompiled validator imports them (see scripts/build-structure.mjs); keep this file free of imports.

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The value of `count` ASCII digits starting at `at`, or -1 if any is not a digit. */
export function digitsAt(s: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** The days in a month (1 to 12) of a year. */
export const daysInMonth = (year: number, month: number): number => (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month]!);

/** A calendar date YYYY-MM-DD at `at`: real month, real day of that month. */
export function dateAt(s: string, at: number): boolean {
  const year = digitsAt(s, at, 4);
  const month = digitsAt(s, at + 5, 2);
  const day = digitsAt(s, at + 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || s.charCodeAt(at + 4) !== 45 || s.charCodeAt(at + 7) !== 45) return false;
  return day <= daysInMonth(year, month);
}

/** RFC 3339 full-date, for example 2026-03-03. */
export function isDate(s: string): boolean {
  return s.length === 10 && dateAt(s, 0);
}

/**
 * RFC 3339 date-time with a required offset, for example 2026-03-03T10:30:00Z or 2026-03-03T10:30:00.5+01:00.
 * The separator is T, t or a space; a leap second (:60) is accepted only at 23:59 UTC, as in ajv-formats.
 */
export function isDateTime(s: string): boolean {
  const n = s.length;
  // 2026-03-03T10:30:00Z is the shortest form.
  if (n < 20 || !dateAt(s, 0)) return false;
  const sep = s.charCodeAt(10);
  if (sep !== 84 && sep !== 116 && sep !== 32) return false;
  const hour = digitsAt(s, 11, 2);
  const minute = digitsAt(s, 14, 2);
  const second = digitsAt(s, 17, 2);
  if (hour < 0 || minute < 0 || second < 0 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return false;

  let i = 19;
  if (s.charCodeAt(i) === 46) {
    const start = ++i;
    while (i < n && digitsAt(s, i, 1) >= 0) i++;
    if (i === start) return false;
  }
  let offsetMinutes = 0;
  const z = s.charCodeAt(i);
  if (z === 90 || z === 122) {
    if (i + 1 !== n) return false;
  } else if (z === 43 || z === 45) {
    const offsetHour = digitsAt(s, i + 1, 2);
    const offsetMinute = digitsAt(s, i + 4, 2);
    if (i + 6 !== n || s.charCodeAt(i + 3) !== 58 || offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59) return false;
    offsetMinutes = (z === 43 ? 1 : -1) * (offsetHour * 60 + offsetMinute);
  } else {
    return false;
  }

  if (hour > 23 || minute > 59 || second > 60) return false;
  if (second < 60) return true;
  // A leap second is only ever inserted at the end of a UTC day.
  const utc = (((hour * 60 + minute - offsetMinutes) % 1440) + 1440) % 1440;
  return utc === 23 * 60 + 59;
}

/** The formats in the shape ajv's standalone code looks them up: by format name. */
export const formats: Readonly<Record<string, (s: string) => boolean>> = { date: isDate, 'date-time': isDateTime };
