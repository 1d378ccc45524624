import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayInUk, daysBetween, formatDate } from './time.js';

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
