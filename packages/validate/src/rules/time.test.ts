import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { addDays, addMonths, dayInUk, daysBetween, formatDate, timeOf } from './time.js';

describe('dates in messages and rules', () => {
  it('read a time as its calendar date in the UK, summer time included', () => {
    expect(dayInUk('2026-06-30T23:30:00Z')).toBe('2026-07-01');
    expect(dayInUk('2026-12-31T23:30:00Z')).toBe('2026-12-31');
    expect(dayInUk('2026-03-07T10:00:00+05:00')).toBe('2026-03-07');
    expect(dayInUk('not a time')).toBeUndefined();
  });

  it('agree with the platform\'s Europe/London time zone every half hour around every clock change, 2020 to 2040', () => {
    const london = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/London' });
    for (let year = 2020; year <= 2040; year++) {
      for (const month of [2, 9]) {
        const lastDay = new Date(Date.UTC(year, month + 1, 0));
        const change = Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
        for (let t = change - 48 * 3_600_000; t <= change + 48 * 3_600_000; t += 1_800_000) {
          expect(dayInUk(new Date(t).toISOString())).toBe(london.format(t));
        }
      }
    }
  });

  it('count whole days between dates, across months, years and leap days', () => {
    expect(daysBetween('2026-03-07', '2026-05-02')).toBe(56);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-03-07', '2026-03-06')).toBe(-1);
  });

  it('add calendar months, keeping to the end of a shorter month', () => {
    expect(addMonths('2026-03-07', 12)).toBe('2027-03-07');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('0050-06-15', 12)).toBe('0051-06-15');
  });

  it('add days across the end of a month and a year', () => {
    expect(addDays('2026-03-07', 56)).toBe('2026-05-02');
    expect(addDays('2026-12-20', 14)).toBe('2027-01-03');
  });

  it('write dates as people read them', () => {
    expect(formatDate('2026-03-03')).toBe('3 March 2026');
    expect(formatDate('2026-06-30T23:30:00Z')).toBe('1 July 2026');
    expect(formatDate('not a time')).toBe('not a time');
  });

  it('write dates as the platform\'s en-GB Europe/London formatter does, for times across years and clock changes', () => {
    const london = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
    for (let t = Date.UTC(2019, 0, 1); t < Date.UTC(2031, 0, 1); t += 7 * 3_600_000 + 13 * 60_000) {
      const iso = new Date(t).toISOString();
      expect(formatDate(iso), iso).toBe(london.format(t));
    }
    for (const day of ['2026-01-01', '2026-03-29', '2026-10-25', '2028-02-29', '2026-12-31']) expect(formatDate(day)).toBe(london.format(Date.parse(day)));
  });
});

describe('reading times without Date', () => {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  // Real dates and times as records write them, with the shapes read by hand and some that are not.
  const dateTime = fc
    .record({
      t: fc.integer({ min: Date.UTC(1, 0, 1), max: Date.UTC(9999, 11, 31) }),
      offset: fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
      shape: fc.constantFrom('date', 'Z', 'offset', 'ms Z', 'ms offset', 'one fraction digit', 'space', 'lower-case', 'no seconds'),
    })
    .map(({ t, offset, shape }) => {
      const local = new Date(t + offset * 60_000);
      const d = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
      const hms = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
      const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
      const ms = pad(local.getUTCMilliseconds(), 3);
      return { date: d, Z: `${d}T${hms}Z`, offset: `${d}T${hms}${zone}`, 'ms Z': `${d}T${hms}.${ms}Z`, 'ms offset': `${d}T${hms}.${ms}${zone}`, 'one fraction digit': `${d}T${hms}.5Z`, space: `${d} ${hms}Z`, 'lower-case': `${d}t${hms}z`, 'no seconds': `${d}T${hms.slice(0, 5)}Z` }[shape];
    });

  it('reads a date or date-time as Date.parse does, to the millisecond', () => {
    fc.assert(fc.property(dateTime, (iso) => Object.is(timeOf(iso), Date.parse(iso))), { numRuns: 20_000 });
  });

  it('reads the shapes records use without Date.parse', () => {
    const parse = vi.spyOn(Date, 'parse');
    try {
      for (const iso of ['2026-03-03', '2026-03-03T10:30:00Z', '2026-03-03T10:30:00.250Z', '2026-03-03T10:30:00+01:00', '2026-03-03T10:30:00.250-05:30']) timeOf(iso);
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('reads what is not a real time as Date.parse does: NaN, or for 30 February its own reading', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2026-00-10', '2026-03-03T24:00:01Z', '2026-03-03T10:60:00Z', '2026-03-03T10:30:00+24:00', 'not a time', '', '2026-03-03T10:30:00.25XZ']) {
      expect(Object.is(timeOf(bad), Date.parse(bad)), bad).toBe(true);
    }
  });

  // The same sums with Date objects, as they were first written: the civil-date arithmetic must agree.
  const utc = (y: number, m: number, d: number) => {
    const date = new Date(0);
    date.setUTCFullYear(y, m, d);
    return date;
  };
  const day = fc.integer({ min: Date.UTC(1, 0, 1), max: Date.UTC(9996, 0, 1) }).map((t) => new Date(t).toISOString().slice(0, 10));

  it('counts days, adds days and adds months as Date arithmetic does, across 1 to 9999', () => {
    fc.assert(
      fc.property(day, day, fc.integer({ min: -400, max: 400 }), fc.integer({ min: -30, max: 30 }), (a, b, days, months) => {
        expect(daysBetween(a, b)).toBe((Date.parse(b) - Date.parse(a)) / 86_400_000);
        expect(addDays(a, days)).toBe(new Date(Date.parse(a) + days * 86_400_000).toISOString().slice(0, 10));
        const [y, m, d] = a.split('-').map(Number) as [number, number, number];
        const lastDay = utc(y, m - 1 + months + 1, 0).getUTCDate();
        expect(addMonths(a, months)).toBe(utc(y, m - 1 + months, Math.min(d, lastDay)).toISOString().slice(0, 10));
      }),
      { numRuns: 5_000 },
    );
  });

  it('gives the UK date of any time from 2002 to 2100 as the platform\'s Europe/London time zone does', () => {
    const london = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/London' });
    fc.assert(fc.property(fc.integer({ min: Date.UTC(2002, 0, 1), max: Date.UTC(2100, 11, 31) }), (t) => dayInUk(new Date(t).toISOString()) === london.format(t)), { numRuns: 5_000 });
  });
});

describe('every date-time the schemas accept', () => {
  it('reads a leap second as the last second of its minute, so it orders with its neighbours', () => {
    expect(timeOf('2016-12-31T23:59:60Z')).toBe(Date.parse('2016-12-31T23:59:59Z'));
    expect(timeOf('2016-12-31T23:59:60.5Z')).toBe(Date.parse('2016-12-31T23:59:59.500Z'));
    expect(timeOf('2017-01-01T00:59:60+01:00')).toBe(Date.parse('2016-12-31T23:59:59Z'));
    expect(timeOf('2016-12-31T23:59:60Z')).toBeLessThan(timeOf('2017-01-01T00:00:00Z'));
    expect(formatDate('2016-12-31T23:59:60Z')).toBe('31 December 2016');
    expect(dayInUk('2016-12-31T23:59:60Z')).toBe('2016-12-31');
  });

  it('reads a space or lower-case t and z, and fractions of any length, to the millisecond', () => {
    expect(timeOf('2026-03-03 10:30:00Z')).toBe(Date.parse('2026-03-03T10:30:00Z'));
    expect(timeOf('2026-03-03t10:30:00z')).toBe(Date.parse('2026-03-03T10:30:00Z'));
    expect(timeOf('2026-03-03T10:30:00.123456789+01:00')).toBe(Date.parse('2026-03-03T09:30:00.123Z'));
    expect(timeOf('2026-03-03T10:30:00.5Z')).toBe(Date.parse('2026-03-03T10:30:00.500Z'));
  });

  it('writes a date past the year 9999 after its offset, and says so of one before the year 1', () => {
    expect(formatDate('9999-12-31T23:30:00-01:00')).toBe('1 January 10000');
    expect(dayInUk('9999-12-31T23:30:00-01:00')).toBe('10000-01-01');
    expect(formatDate('10000-01-01')).toBe('1 January 10000');
    expect(formatDate('0000-01-01T00:30:00+01:00')).toBe('a date before the year 1 (0000-01-01T00:30:00+01:00)');
    expect(formatDate('0001-01-01T00:00:00Z')).toBe('1 January 1');
  });

  it('never writes "undefined" or "NaN" for any valid date-time', () => {
    const digits = (n: number, max: number) => fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, '0'));
    const dateTime = fc
      .tuple(digits(4, 9999), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), digits(2, 23), digits(2, 59), digits(2, 59), fc.constantFrom('Z', '+23:59', '-23:59', '+01:00', '-00:30'))
      .map(([y, m, d, h, mi, s, z]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T${h}:${mi}:${s}${z}`);
    fc.assert(
      fc.property(dateTime, (iso) => {
        const words = formatDate(iso);
        expect(words).not.toMatch(/undefined|NaN/);
        expect(words).toMatch(/^(\d{1,2} [A-Z][a-z]+ \d+|a date before the year 1 \(.*\))$/);
      }),
      { numRuns: 2000 },
    );
  });
});
