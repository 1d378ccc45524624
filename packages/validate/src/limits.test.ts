import { describe, expect, it } from 'vitest';
import { GoodDayInputError } from './input-error.js';
import { checkShape, parseRecord } from './limits.js';

describe('parseRecord', () => {
  it('parses JSON text and bytes, ignoring a byte-order mark', () => {
    expect(parseRecord('{"a":1}')).toEqual({ a: 1 });
    expect(parseRecord(new TextEncoder().encode('\ufeff{"a":[true]}'))).toEqual({ a: [true] });
  });

  it('says where JSON is broken without quoting the record', () => {
    const secret = '{"name": "Margaret Smith", oops}';
    try {
      parseRecord(secret);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GoodDayInputError);
      expect((error as GoodDayInputError).code).toBe('not-json');
      expect((error as Error).message).not.toContain('Margaret');
      expect((error as Error).message).toMatch(/^The input is not valid JSON( \(problem at character \d+\))?: check it is a JSON record\.$/);
    }
  });

  it('refuses text over the size limit before parsing it', () => {
    expect(() => parseRecord(`"${'x'.repeat(2000)}"`, { maxBytes: 1000 })).toThrow(/over the limit of 1000/);
    expect(() => parseRecord('"£££"', { maxBytes: 5 })).toThrow(GoodDayInputError);
  });
});

describe('checkShape', () => {
  const nested = (levels: number): unknown => {
    let value: unknown = 'leaf';
    for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { child: value };
    return value;
  };
  const codeOf = (fn: () => void) => {
    try {
      fn();
      return 'ok';
    } catch (error) {
      return (error as GoodDayInputError).code;
    }
  };

  it('allows exactly maxDepth levels of objects and arrays, and refuses one more', () => {
    expect(codeOf(() => checkShape(nested(5), { maxDepth: 5 }))).toBe('ok');
    expect(codeOf(() => checkShape(nested(6), { maxDepth: 5 }))).toBe('too-deep');
  });

  it('refuses very deep input with a clear error, not a stack overflow', () => {
    expect(codeOf(() => checkShape(nested(200_000)))).toBe('too-deep');
  });

  it('counts every value, the record itself included, up to exactly maxValues', () => {
    const record = { a: [1, 2, { b: null }], c: 'x' }; // record, a, 1, 2, {b}, null, c
    expect(codeOf(() => checkShape(record, { maxValues: 7 }))).toBe('ok');
    expect(codeOf(() => checkShape(record, { maxValues: 6 }))).toBe('too-many-values');
    expect(codeOf(() => checkShape(new Array(1_000_000).fill(0)))).toBe('too-many-values');
    expect(codeOf(() => checkShape('just text', { maxValues: 1 }))).toBe('ok');
  });
});
