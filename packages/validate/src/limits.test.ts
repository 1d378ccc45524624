import { describe, expect, it } from 'vitest';
import { GoodDayInputError } from './input-error.js';
import { parseRecord } from './limits.js';

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
