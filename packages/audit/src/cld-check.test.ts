import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLD_FIELDS } from '@goodday/cld';
import { cldCheck, toCldCheckCsv } from './cld-check.js';
import { recordItems } from './item.js';

const records = join(import.meta.dirname, '../../../examples/records');
const read = (kind: string, name: string) => JSON.parse(readFileSync(join(records, kind, `${name}.json`), 'utf8'));

describe('cldCheck', () => {
  it('counts, for each CLD field, the records it applies to and the records that could supply it', async () => {
    const check = await cldCheck(recordItems([read('assessment', 'complete-eligible'), read('assessment', 'complete-not-eligible'), read('support-plan', 'complete-managed-budget'), read('assessment', 'draft'), read('capacity-decision', 'complete-has-capacity')], 'upload.json'));
    expect(check).toMatchObject({ records: 5, unreadable: 0, returned: 3 });
    expect(check.fields.Assessment_Type).toEqual({ applicable: 2, supplied: 2 });
    expect(check.fields.Event_Outcome).toEqual({ applicable: 3, supplied: 2 });
    expect(check.fields.Delivery_Mechanism).toEqual({ applicable: 1, supplied: 1 });
    expect(check.fields.Gender).toEqual({ applicable: 3, supplied: 0 });
    expect(check.skipped).toEqual({ assessment: { draft: 1 }, 'capacity-decision': { 'CLD excludes safeguarding and mental capacity work': 1 } });
  });

  it('counts items that could not be read', async () => {
    const check = await cldCheck([{ source: { file: 'a.ndjson', line: 1 }, error: 'not valid JSON' }]);
    expect(check).toMatchObject({ records: 1, unreadable: 1, returned: 0 });
  });

  it('writes a CSV row per field in the specification’s order, without the caller’s fields', async () => {
    const all = readdirSync(join(records, 'review')).map((f) => read('review', f.replace(/\.json$/, '')));
    const csv = toCldCheckCsv(await cldCheck(recordItems(all, 'reviews.json')));
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('field,records_applicable,records_supplying,records_not_held,supplied_percent');
    const fields = lines.slice(1).map((l) => l.split(',')[0]);
    expect(fields).toEqual([...CLD_FIELDS.filter((f) => !['LA_Code', 'LA_Name', 'Reporting_Period_Start_Date', 'Reporting_Period_End_Date'].includes(f)), 'Method_of_Review']);
    const reason = lines.find((l) => l.startsWith('Review_Reason,'))!.split(',');
    expect(Number(reason[1])).toBeGreaterThan(0);
    expect(Number(reason[1])).toBe(Number(reason[2]) + Number(reason[3]));
    // A field no review has: applies to none, so no percentage.
    expect(lines.find((l) => l.startsWith('Service_Type,'))).toBe('Service_Type,0,0,0,');
  });
});
