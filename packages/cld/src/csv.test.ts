import { describe, expect, it } from 'vitest';
import { cldCsvHeader, cldCsvRow, csvCell, toCldCsv } from './csv.js';
import { CLD_FIELDS, type CldRow } from './field.js';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['Progress to Support Planning / Services', 'Progress to Support Planning / Services'],
    ['a, b', '"a, b"'],
    ['she said "yes"', '"she said ""yes"""'],
    ['two\nlines', '"two\nlines"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['', ''],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each(['=HYPERLINK("http://example.com")', '+44 20', '-2+3', '@SUM(A1)', '\tlead', '\rlead'])('prefixes formula-like %j with a quote so a spreadsheet keeps it text', (value) => {
    const cell = csvCell(value);
    const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
    expect(unquoted).toBe(`'${value}`);
  });

  it('quotes a formula-like cell that also holds a comma, after prefixing it', () => {
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
  });
});

describe('rows', () => {
  const row = Object.fromEntries(CLD_FIELDS.map((f, i) => [f, `v${i}`])) as unknown as CldRow;

  it('writes the header in the specification’s column order', () => {
    expect(cldCsvHeader()).toBe(`${CLD_FIELDS.join(',')}\n`);
  });

  it('writes a row’s cells in the header’s order, and only the columns asked for', () => {
    expect(cldCsvRow(row).trim().split(',')).toEqual(CLD_FIELDS.map((_, i) => `v${i}`));
    expect(cldCsvRow(row, ['Event_Type', 'LA_Code'])).toBe(`v${CLD_FIELDS.indexOf('Event_Type')},v0\n`);
  });

  it('writes a document: the header, then a line a row', () => {
    expect(toCldCsv([row, row]).split('\n')).toHaveLength(4);
    expect(toCldCsv([])).toBe(cldCsvHeader());
  });
});
