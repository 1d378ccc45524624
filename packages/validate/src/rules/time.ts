import { dateAt, daysInMonth, digitsAt } from '../structure/formats.js';

/** True when both times are recorded and `a` is at or before `b`. */
export function atOrBefore(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return timeOf(a) <= timeOf(b);
}

/** True when both times are recorded and `a` is strictly after `b`. */
export function isAfter(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return timeOf(a) > timeOf(b);
}

const DAY_MS = 86_400_000;

/** Days from 1 January 1970 to a date of the proleptic Gregorian calendar (month 1 to 12), in 400-year cycles of 146,097 days. */
function daysFromCivil(year: number, month: number, day: number): number {
  // Counted from 1 March, so that a leap day falls at the end of the counted year.
  const y = month <= 2 ? year - 1 : year;
  const cycle = Math.floor(y / 400);
  const yearOfCycle = y - cycle * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return cycle * 146_097 + yearOfCycle * 365 + Math.floor(yearOfCycle / 4) - Math.floor(yearOfCycle / 100) + dayOfYear - 719_468;
}

/** The date `days` days from 1 January 1970, as [year, month 1 to 12, day]: the inverse of daysFromCivil. */
function civilFromDays(days: number): [number, number, number] {
  const z = days + 719_468;
  const cycle = Math.floor(z / 146_097);
  const dayOfCycle = z - cycle * 146_097;
  const yearOfCycle = Math.floor((dayOfCycle - Math.floor(dayOfCycle / 1460) + Math.floor(dayOfCycle / 36_524) - Math.floor(dayOfCycle / 146_096)) / 365);
  const dayOfYear = dayOfCycle - (365 * yearOfCycle + Math.floor(yearOfCycle / 4) - Math.floor(yearOfCycle / 100));
  const m = Math.floor((5 * dayOfYear + 2) / 153);
  const month = m < 10 ? m + 3 : m - 9;
  return [cycle * 400 + yearOfCycle + (month <= 2 ? 1 : 0), month, dayOfYear - Math.floor((153 * m + 2) / 5) + 1];
}

/** A date as `YYYY-MM-DD`, for years 0 to 9999. */
const isoDay = ([year, month, day]: [number, number, number]) => `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;

/** The day number of a `YYYY-MM-DD` date at `at`, or NaN when it is not a real date. */
function dayNumberAt(s: string, at: number): number {
  return dateAt(s, at) ? daysFromCivil(digitsAt(s, at, 4), digitsAt(s, at + 5, 2), digitsAt(s, at + 8, 2)) : NaN;
}

/**
 * Milliseconds since 1970 of a date or date-time, as `Date.parse` reads it (a date alone is midnight UTC);
 * NaN when it is not one. The shapes records use are read from the digits, as rules compare dates in every
 * record an audit reads; anything else (other separators, a leap second, other fractions) goes to `Date.parse`.
 */
export function timeOf(iso: string): number {
  const n = iso.length;
  if (n === 10) {
    const day = dayNumberAt(iso, 0);
    return Number.isNaN(day) ? Date.parse(iso) : day * DAY_MS;
  }
  // 2026-03-03T10:30:00Z, 2026-03-03T10:30:00.250Z, or either with +01:00 in place of Z.
  const zone = n === 20 || n === 25 ? 19 : n === 24 || n === 29 ? 23 : -1;
  if (zone === -1 || iso.charCodeAt(10) !== 84 || iso.charCodeAt(13) !== 58 || iso.charCodeAt(16) !== 58) return Date.parse(iso);
  const hour = digitsAt(iso, 11, 2);
  const minute = digitsAt(iso, 14, 2);
  const second = digitsAt(iso, 17, 2);
  const ms = zone === 23 ? (iso.charCodeAt(19) === 46 ? digitsAt(iso, 20, 3) : -1) : 0;
  let offset = 0;
  const sign = iso.charCodeAt(zone);
  if (sign === 43 || sign === 45) {
    const offsetHour = digitsAt(iso, zone + 1, 2);
    const offsetMinute = digitsAt(iso, zone + 4, 2);
    if (zone + 6 !== n || iso.charCodeAt(zone + 3) !== 58 || offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59) return Date.parse(iso);
    offset = (sign === 43 ? 1 : -1) * (offsetHour * 60 + offsetMinute);
  } else if (sign !== 90 || zone + 1 !== n) return Date.parse(iso);
  const day = dayNumberAt(iso, 0);
  if (Number.isNaN(day) || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || ms < 0) return Date.parse(iso);
  return day * DAY_MS + ((hour * 60 + minute - offset) * 60 + second) * 1000 + ms;
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

const HOUR_MS = 3_600_000;

/** 01:00 UTC on the last Sunday of a month (1 to 12), when UK clocks change, in milliseconds since 1970. */
function lastSundayOneAm(year: number, month: number): number {
  const lastDay = daysFromCivil(year, month, daysInMonth(year, month));
  // 1 January 1970 was a Thursday: day 0 is 4 days after a Sunday.
  const sunday = lastDay - ((((lastDay + 4) % 7) + 7) % 7);
  return sunday * DAY_MS + HOUR_MS;
}

/**
 * The calendar date in the UK of a date-time, as `YYYY-MM-DD`; undefined when it is not a time.
 * Why by hand: building an Intl formatter with a time zone costs several milliseconds on a cold start, and UK
 * summer time has one fixed rule (Summer Time Order 2002: 01:00 UTC, last Sunday of March to last Sunday of October).
 */
export function dayInUk(iso: string): string | undefined {
  const time = timeOf(iso);
  if (Number.isNaN(time)) return undefined;
  const [year] = civilFromDays(Math.floor(time / DAY_MS));
  if (year < 0 || year > 9999) return new Date(time).toISOString().slice(0, 10);
  const summer = time >= lastSundayOneAm(year, 3) && time < lastSundayOneAm(year, 10);
  return isoDay(civilFromDays(Math.floor((time + (summer ? HOUR_MS : 0)) / DAY_MS)));
}

const dayNumber = (day: string) => dayNumberAt(day, 0);

/** Whole days from one `YYYY-MM-DD` date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The same day `months` calendar months later, or the month's last day when it is shorter (31 January + 1 → 28 or 29 February). */
export function addMonths(day: string, months: number): string {
  const monthIndex = Number(day.slice(5, 7)) - 1 + months;
  const year = Number(day.slice(0, 4)) + Math.floor(monthIndex / 12);
  const month = (((monthIndex % 12) + 12) % 12) + 1;
  return isoDay([year, month, Math.min(Number(day.slice(8, 10)), daysInMonth(year, month))]);
}

/** The `YYYY-MM-DD` date `days` days after another. */
export function addDays(day: string, days: number): string {
  return isoDay(civilFromDays(dayNumber(day) + days));
}
