import { dateAt, daysInMonth, digitsAt, isDateTime } from '../structure/formats.js';

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

/** A date as `YYYY-MM-DD`, for years 0 to 9999 (a later year has more digits, an earlier one a minus sign). */
const isoDay = ([year, month, day]: [number, number, number]) =>
  `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;

/** The day number of a `YYYY-MM-DD` date at `at`, or NaN when it is not a real date. */
function dayNumberAt(s: string, at: number): number {
  return dateAt(s, at) ? daysFromCivil(digitsAt(s, at, 4), digitsAt(s, at + 5, 2), digitsAt(s, at + 8, 2)) : NaN;
}

/**
 * Milliseconds since 1970 of any RFC 3339 date-time the schemas accept (T, t or a space; any fraction; Z, z or an
 * offset). A leap second (:60) reads as the last second of its minute, :59, so that it orders with its neighbours.
 */
function anyDateTime(iso: string): number {
  const second = Math.min(digitsAt(iso, 17, 2), 59);
  let i = 19;
  let ms = 0;
  if (iso.charCodeAt(i) === 46) {
    // Milliseconds from the first three digits of the fraction; the rest are finer than any record needs.
    i++;
    for (let place = 100; digitsAt(iso, i, 1) >= 0; i++, place /= 10) if (place >= 1) ms += digitsAt(iso, i, 1) * place;
  }
  const sign = iso.charCodeAt(i);
  const offset = sign === 43 || sign === 45 ? (sign === 43 ? 1 : -1) * (digitsAt(iso, i + 1, 2) * 60 + digitsAt(iso, i + 4, 2)) : 0;
  return dayNumberAt(iso, 0) * DAY_MS + ((digitsAt(iso, 11, 2) * 60 + digitsAt(iso, 14, 2) - offset) * 60 + second) * 1000 + ms;
}

/**
 * Milliseconds since 1970 of a date or date-time (a date alone is midnight UTC); NaN when it is not one. The shapes
 * records use most are read from the digits first, as rules compare dates in every record an audit reads; any other
 * valid date-time (a leap second, a space for T, a longer fraction) by {@link anyDateTime}; anything else by `Date.parse`.
 */
export function timeOf(iso: string): number {
  const n = iso.length;
  if (n === 10) {
    const day = dayNumberAt(iso, 0);
    return Number.isNaN(day) ? Date.parse(iso) : day * DAY_MS;
  }
  const other = () => (isDateTime(iso) ? anyDateTime(iso) : Date.parse(iso));
  // 2026-03-03T10:30:00Z, 2026-03-03T10:30:00.250Z, or either with +01:00 in place of Z.
  const zone = n === 20 || n === 25 ? 19 : n === 24 || n === 29 ? 23 : -1;
  if (zone === -1 || iso.charCodeAt(10) !== 84 || iso.charCodeAt(13) !== 58 || iso.charCodeAt(16) !== 58) return other();
  const hour = digitsAt(iso, 11, 2);
  const minute = digitsAt(iso, 14, 2);
  const second = digitsAt(iso, 17, 2);
  const ms = zone === 23 ? (iso.charCodeAt(19) === 46 ? digitsAt(iso, 20, 3) : -1) : 0;
  let offset = 0;
  const sign = iso.charCodeAt(zone);
  if (sign === 43 || sign === 45) {
    const offsetHour = digitsAt(iso, zone + 1, 2);
    const offsetMinute = digitsAt(iso, zone + 4, 2);
    if (zone + 6 !== n || iso.charCodeAt(zone + 3) !== 58 || offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59) return other();
    offset = (sign === 43 ? 1 : -1) * (offsetHour * 60 + offsetMinute);
  } else if (sign !== 90 || zone + 1 !== n) return other();
  const day = dayNumberAt(iso, 0);
  if (Number.isNaN(day) || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || ms < 0) return other();
  return day * DAY_MS + ((hour * 60 + minute - offset) * 60 + second) * 1000 + ms;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date-time as people read it in Good Day messages: "3 March 2026" (the date in the UK). From the UK
 * calendar date rather than an Intl formatter: formatting with a time zone costs a microsecond or more a date,
 * and an audit writes a message for every failing rule of every record.
 */
export function formatDate(iso: string): string {
  // A day from dayInUk past the year 9999 has five digits: read as midnight that day.
  const long = /^(\d{5,})-(\d\d)-(\d\d)$/.exec(iso);
  const time = long ? daysFromCivil(Number(long[1]), Number(long[2]), Number(long[3])) * DAY_MS : ukTime(iso);
  if (time === undefined) return iso;
  const [year, month, day] = civilFromDays(Math.floor(time / DAY_MS));
  // Year 0 and before: what an offset can make of 0000-01-01, and no calendar people use.
  return year < 1 ? `a date before the year 1 (${iso})` : `${day} ${MONTHS[month - 1]} ${year}`;
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
  const time = ukTime(iso);
  return time === undefined ? undefined : isoDay(civilFromDays(Math.floor(time / DAY_MS)));
}

// Milliseconds since 1970 on UK clocks (an hour ahead in summer time); undefined when it is not a time.
function ukTime(iso: string): number | undefined {
  const time = timeOf(iso);
  if (Number.isNaN(time)) return undefined;
  const [year] = civilFromDays(Math.floor(time / DAY_MS));
  const summer = time >= lastSundayOneAm(year, 3) && time < lastSundayOneAm(year, 10);
  return time + (summer ? HOUR_MS : 0);
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
