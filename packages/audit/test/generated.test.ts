import { createWriteStream, mkdtempSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../src/audit.js';
import { readRecords } from '../src/read.js';

const examples = join(import.meta.dirname, '../../../examples/records');
const base = [
  'assessment/complete-eligible.json', // complete, passes everything
  'assessment/invalid-good-day.json', // complete, fails assessment/good-day
  'support-plan/draft.json', // draft, passes everything that applies to a draft
  'safeguarding-enquiry/concluded-risk-remains-by-choice.json', // concluded: asked, 1 fully + 1 partially achieved, risk remained
].map((f) => JSON.parse(readFileSync(join(examples, f), 'utf8')));
const COPIES = 25_000;

describe('an audit of a generated 100,000-record NDJSON file', () => {
  it('gives the counts worked out by hand: 25,000 copies of four known records, and one bad line in every 10,000', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'goodday-audit-100k-')), 'records.ndjson');
    const out = createWriteStream(file);
    for (let i = 0; i < COPIES; i++) {
      for (const [k, record] of base.entries()) {
        if (!out.write(`${JSON.stringify({ ...record, id: `${record.id}-${i}-${k}` })}\n`)) await once(out, 'drain');
      }
      if (i % 2_500 === 0) out.write('{"this": "is not a record"\n');
    }
    out.end();
    await once(out, 'finish');

    const summary = await audit(readRecords([file]));
    expect(summary.records).toBe(100_000);
    // Each broken line is reported on its own; the records after it read as usual.
    expect(summary.unusableCount).toBe(10);
    expect(summary.unusable.map((u) => u.line)).toEqual([1, 10_002, 20_003, 30_004, 40_005, 50_006, 60_007, 70_008, 80_009, 90_010].map((n) => n + 4));
    expect(summary.byKind).toEqual({
      assessment: { '1.1.0': { complete: 2 * COPIES } },
      'support-plan': { '1.1.0': { draft: COPIES } },
      'safeguarding-enquiry': { '1.1.0': { concluded: COPIES } },
    });
    expect(summary.rules['assessment/good-day']).toMatchObject({ applied: 2 * COPIES, passed: COPIES, failed: COPIES });
    // Stage "complete" rules do not apply to the draft plan; the rules for every stage do.
    expect(summary.rules['support-plan/review-date']).toBeUndefined();
    expect(summary.rules['support-plan/based-on-assessment']).toMatchObject({ applied: COPIES, passed: COPIES, failed: 0 });
    expect(summary.safeguarding).toEqual({ asked: { 'yes-outcomes-expressed': COPIES }, achieved: { 'fully-achieved': COPIES, 'partially-achieved': COPIES }, riskOutcome: { 'risk-remained': COPIES } });
  }, 120_000);
});
