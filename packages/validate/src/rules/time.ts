/** True when both times are recorded and `a` is at or before `b`. */
export function atOrBefore(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return Date.parse(a) <= Date.parse(b);
}

/** True when both times are recorded and `a` is strictly after `b`. */
export function isAfter(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return Date.parse(a) > Date.parse(b);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date-time as people read it in Good Day messages: "3 March 2026" (the date in the UK). From the UK
 * calendar date rather than an Intl formatter: formatting with a time zone costs a microsecond or more a date,
 * and an audit writes a message for every failing rule of every record.
 */
export function formatDate(iso: string): string {
  const day = dayInUk(iso);
  if (day === undefined) return iso;
  return `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]} ${Number(day.slice(0, 4))}`;
}

const hourMs = 3_600_000;

/** 01:00 UTC on the last Sunday of a month (0-based), when UK clocks change. */
function lastSundayOneAm(year: number, monthIndex: number): number {
  const lastDay = utc(year, monthIndex + 1, 0);
  return lastDay.getTime() - lastDay.getUTCDay() * 24 * hourMs + hourMs;
}

/**
 * The calendar date in the UK of a date-time, as `YYYY-MM-DD`; undefined when it is not a time.
 * Why by hand: building an Intl formatter with a time zone costs several milliseconds on a cold start, and UK
 * summer time has one fixed rule (Summer Time Order 2002: 01:00 UTC, last Sunday of March to last Sunday of October).
 */
export function dayInUk(iso: string): string | undefined {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  const year = new Date(time).getUTCFullYear();
  const summer = time >= lastSundayOneAm(year, 2) && time < lastSundayOneAm(year, 9);
  return new Date(time + (summer ? hourMs : 0)).toISOString().slice(0, 10);
}

// setUTCFullYear, unlike Date.UTC, does not read years 0 to 99 as 1900 to 1999.
function utc(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

const dayNumber = (day: string) => utc(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))).getTime() / 86_400_000;

/** Whole days from one `YYYY-MM-DD` date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The same day `months` calendar months later, or the month's last day when it is shorter (31 January + 1 → 28 or 29 February). */
export function addMonths(day: string, months: number): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7)) - 1 + months;
  const lastDay = utc(year, month + 1, 0).getUTCDate();
  return utc(year, month, Math.min(Number(day.slice(8, 10)), lastDay)).toISOString().slice(0, 10);
}

/** The `YYYY-MM-DD` date `days` days after another. */
export function addDays(day: string, days: number): string {
  return utc(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + days).toISOString().slice(0, 10);
}
