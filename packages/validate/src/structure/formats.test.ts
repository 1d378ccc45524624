import { fullFormats } from 'ajv-formats/dist/formats.js';
import { describe, expect, it } from 'vitest';
import { isDate, isDateTime } from './formats.js';

const ajvDateTime = fullFormats['date-time'] as { validate: (s: string) => boolean };
const ajvDate = fullFormats.date as { validate: (s: string) => boolean };

// A small seeded generator, so a failure can be reproduced.
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

/** Date-time-like strings: valid ones, then each with one character changed, dropped or added. */
function candidates(count: number): string[] {
  const next = random(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const two = (max: number) => String(Math.floor(next() * (max + 1))).padStart(2, '0');
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const year = String(1900 + Math.floor(next() * 300));
    const fraction = pick(['', '', '.5', '.123456']);
    const zone = pick(['Z', 'z', '+01:00', '-05:30', '+14:00', '+24:00', '-00:60']);
    const base = `${year}-${two(13)}-${two(31)}${pick(['T', 't', ' '])}${two(24)}:${two(60)}:${two(61)}${fraction}${zone}`;
    out.push(base);
    const at = Math.floor(next() * base.length);
    const ch = pick(['0', '9', ':', '-', 'T', 'Z', '.', '+', ' ', 'x']);
    out.push(base.slice(0, at) + ch + base.slice(at + 1), base.slice(0, at) + base.slice(at + 1), base.slice(0, at) + ch + base.slice(at));
  }
  return out;
}

// ajv-formats also takes other whitespace as the separator and offsets without a colon; RFC 3339 does not.
const rfcShape = (s: string) => /^.{10}[Tt ].*(?:[Zz]|[+-]\d\d:\d\d)$/.test(s);

describe('isDateTime', () => {
  it.each([
    '2026-03-03T10:30:00Z',
    '2026-03-03t10:30:00z',
    '2026-03-03 10:30:00.123+01:00',
    '2024-02-29T00:00:00-05:30',
    '2016-12-31T23:59:60Z',
    '2017-01-01T00:59:60+01:00',
  ])('accepts %s', (s) => expect(isDateTime(s)).toBe(true));

  it.each([
    ['no offset', '2026-03-03T10:30:00'],
    ['an offset without a colon', '2026-03-03T10:30:00+0100'],
    ['a day that does not exist', '2026-02-29T10:30:00Z'],
    ['month 13', '2026-13-01T10:30:00Z'],
    ['hour 24', '2026-03-03T24:00:00Z'],
    ['a leap second not at the end of a UTC day', '2026-03-03T10:30:60Z'],
    ['an empty fraction', '2026-03-03T10:30:00.Z'],
    ['a date alone', '2026-03-03'],
    ['trailing text', '2026-03-03T10:30:00Zx'],
    ['non-ASCII digits', '２026-03-03T10:30:00Z'],
  ])('rejects %s', (_, s) => expect(isDateTime(s)).toBe(false));

  it('agrees with ajv-formats on 40,000 near-miss strings, wherever RFC 3339 and ajv-formats agree', () => {
    const strings = candidates(10_000);
    // Enough of each answer that the comparison means something.
    expect(strings.filter(isDateTime).length).toBeGreaterThan(2_000);
    expect(strings.filter((s) => !isDateTime(s)).length).toBeGreaterThan(2_000);
    const disagreements = strings.filter((s) => isDateTime(s) !== (ajvDateTime.validate(s) && rfcShape(s)));
    expect(disagreements).toEqual([]);
  });
});

describe('isDate', () => {
  it('accepts real dates and rejects others, as ajv-formats does', () => {
    const cases = ['2026-03-03', '2024-02-29', '2100-02-29', '2000-02-29', '2026-04-31', '2026-00-10', '26-03-03', '2026-03-3', '2026/03/03', '2026-03-03 '];
    expect(cases.map(isDate)).toEqual(cases.map((s) => ajvDate.validate(s)));
    expect(cases.filter(isDate)).toEqual(['2026-03-03', '2024-02-29', '2000-02-29']);
  });
});
