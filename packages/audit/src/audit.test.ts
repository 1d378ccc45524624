import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audit } from './audit.js';
import { readLines, readRecords, readStream, type ReadItem } from './read.js';
import { toHtml } from './html.js';
import { toCsv } from './report.js';
import { emptySummary, merge, READING_EASE_BANDS, readingEaseBand, type Summary } from './summary.js';

const examples = join(import.meta.dirname, '../../../examples/records');
const dir = mkdtempSync(join(tmpdir(), 'goodday-audit-'));

describe("an audit of the example carers' assessments (figures worked out by hand from the files)", async () => {
  const summary = await audit(readRecords([join(examples, 'carers-assessment')]));

  it('counts the carer outcomes of reg 3(2)(b) the carer cannot achieve, in complete assessments only', () => {
    // 16 complete and a draft. Funmi (and the five examples made from her) is not eligible and names no outcome. Ken (and
    // invalid-needs-before-eligibility, invalid-combined-consent, invalid-advocacy): recreation and relationships. Jade
    // (and invalid-needs-in-carers-words, invalid-wellbeing-impact, invalid-whole-family, invalid-eligibility-conditions,
    // warning-contingency): work, training, education or volunteering. The draft is not counted.
    expect(summary.byKind).toEqual({ 'carers-assessment': { '1.0.0': { complete: 16, draft: 1 } } });
    expect(summary.carers.unableToAchieve).toEqual({
      'engaging-in-recreational-activities': 4,
      'developing-and-maintaining-family-or-other-personal-relationships': 4,
      'engaging-in-work-training-education-or-volunteering': 6,
    });
    expect(summary.review.goals).toEqual({});
  });

  it("shows them in the HTML report in the Regulations' words, with no text from the records", () => {
    const html = toHtml(summary);
    expect(html).toContain("<h2>Carers' assessments</h2>");
    expect(html).toContain('engaging in work, training, education or volunteering</text>');
    expect(html).not.toContain('Funmi');
  });

  it('counts rules for carers as for every kind', () => {
    expect(summary.rules['carers-assessment/whole-family']).toMatchObject({ applied: 16, failed: 1 });
  });
});

describe('an audit of the example reviews (figures worked out by hand from the files)', async () => {
  const summary = await audit(readRecords([join(examples, 'review')]));

  it('counts the goals of complete reviews as fully, partially or not met', () => {
    // 11 complete reviews and a draft. The first review (and invalid-based-on-plan, invalid-advocacy and warning-timing,
    // made from it): 2 fully met, 1 partially. The annual review (and invalid-persons-view-first, warning-carer-involved;
    // invalid-outcomes-achieved has goal 2 unmarked): 3 fully, 1 not met. The hospital review (and
    // invalid-reason-recorded, invalid-change-leads-to-action): 1 fully, 1 partially, 1 not met. The draft is not counted.
    expect(summary.byKind).toEqual({ review: { '1.0.0': { complete: 11, draft: 1 } } });
    expect(summary.review.goals).toEqual({ 'fully-met': 4 * 2 + 4 * 3 + 3 * 1, 'partially-met': 4 * 1 + 3 * 1, 'not-met': 3 * 1 + 3 * 1 });
  });

  it('shows them in the HTML report, with no text from the records', () => {
    const html = toHtml(summary);
    expect(html).toContain('<h2>Reviews</h2>');
    expect(html).toMatch(/Goals in complete reviews: fully, partially or not met/);
    expect(html).not.toContain('Spaghetti');
  });
});

describe('an audit of records of two versions in one run', async () => {
  const old = join(import.meta.dirname, '../../../examples/records-1.0.0');
  const summary = await audit(readRecords([join(examples, 'safeguarding-enquiry'), join(old, 'safeguarding-enquiry')]));

  it('counts each version apart, and checks each record against its own', () => {
    expect(summary.records).toBe(24);
    expect(summary.byKind).toEqual({ 'safeguarding-enquiry': { '1.0.0': { concluded: 9, open: 3 }, '1.1.0': { concluded: 9, open: 3 } } });
    expect(summary.rules['structure']).toEqual({ applied: 24, passed: 24, failed: 0 });
    expect(summary.unusableCount).toBe(0);
  });

  it('applies each rule to both versions, so each invalid example of each version fails its own rule once', () => {
    expect(summary.rules['safeguarding-enquiry/s42-conditions']).toMatchObject({ applied: 24, passed: 22, failed: 2 });
    expect(summary.rules['safeguarding-enquiry/advocacy']).toMatchObject({ applied: 24, passed: 22, failed: 2 });
    expect(summary.rules['safeguarding-enquiry/risk-outcome']).toMatchObject({ applied: 18, passed: 16, failed: 2 });
  });
});

describe('an audit of the example safeguarding enquiries (figures worked out by hand from the files)', async () => {
  const summary = await audit(readRecords([join(examples, 'safeguarding-enquiry')]));

  it('counts records by kind, version and status', () => {
    // 3 valid (2 concluded, 1 open) and 9 invalid: 7 made from a concluded enquiry, 2 from the open one.
    expect(summary.records).toBe(12);
    expect(summary.byKind).toEqual({ 'safeguarding-enquiry': { '1.1.0': { concluded: 9, open: 3 } } });
    expect(summary.unusableCount).toBe(0);
  });

  it('counts, for each rule, the records it applied to, passed and failed', () => {
    expect(summary.rules['structure']).toEqual({ applied: 12, passed: 12, failed: 0 });
    // A rule for every stage applies to all 12; each invalid example fails its own rule once.
    expect(summary.rules['safeguarding-enquiry/s42-conditions']).toMatchObject({ applied: 12, passed: 11, failed: 1 });
    expect(summary.rules['safeguarding-enquiry/person-involved']).toMatchObject({ applied: 12, passed: 11, failed: 1 });
    // A rule at conclusion applies to the 9 concluded ones.
    expect(summary.rules['safeguarding-enquiry/risk-outcome']).toMatchObject({ applied: 9, passed: 8, failed: 1 });
    expect(summary.rules['safeguarding-enquiry/persons-view-at-close']).toMatchObject({ applied: 9, passed: 8, failed: 1 });
    // Failing records are named by id and place, so an auditor can find them.
    expect(summary.rules['safeguarding-enquiry/risk-outcome']!.examples).toEqual([{ id: 'SGE-2026-00347', file: expect.stringMatching(/invalid-risk-outcome\.json$/), line: 1 }]);
  });

  it('adds finding messages only when asked', async () => {
    const file = join(examples, 'assessment/labelled-practitioner-notes.json');
    expect(JSON.stringify(await audit(readRecords([file])))).not.toContain('Replace');
    const withText = await audit(readRecords([file]), { includeText: true });
    expect(withText.rules['structure']!.examples).toBeUndefined();
    expect(JSON.stringify(withText)).not.toContain('Replace'); // language findings are counted per entry, not per rule
    const invalid = await audit(readRecords([join(examples, 'assessment/invalid-good-day.json')]), { includeText: true });
    expect(invalid.rules['assessment/good-day']!.examples![0]!.message).toMatch(/good day/);
    // A record of the wrong shape: the first structural finding says what is wrong.
    const broken = await audit([{ source: { file: 'x.ndjson', line: 1 }, value: { ...JSON.parse(readFileSync(join(examples, 'assessment/complete-eligible.json'), 'utf8')), status: 'finished' } }], { includeText: true });
    expect(broken.rules['structure']!.examples![0]!.message).toMatch(/status/i);
  });

  it('reports no id or status a record that fails its schema holds in place of a real one (they may be its own text)', async () => {
    const plan = JSON.parse(readFileSync(join(examples, 'assessment/complete-eligible.json'), 'utf8'));
    const items = [
      { ...plan, id: ['Mrs Smith of 4 Elm Road'], status: ['Mrs Smith of 4 Elm Road'] },
      { ...plan, id: 'Mrs Smith of 4 Elm Road', status: 'constructor' },
      { ...plan, id: { name: 'Mrs Smith' }, status: '__proto__' },
    ].map((value, i) => ({ source: { file: 'x.ndjson', line: i + 1 }, value }));
    const summary = await audit(items);
    expect(JSON.stringify(summary)).not.toContain('Smith');
    expect(summary.byKind).toEqual({ assessment: { '1.1.0': { 'not a known status': 3 } } });
    expect(summary.rules['structure']!.examples!.map((e) => e.id)).toEqual(['', '', '']);
  });

  it('hashes record ids when asked', async () => {
    const hashed = await audit(readRecords([join(examples, 'safeguarding-enquiry/invalid-risk-outcome.json')]), { hashIds: true });
    expect(hashed.rules['safeguarding-enquiry/risk-outcome']!.examples![0]!.id).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(hashed)).not.toContain('SGE-2026-00347');
  });

  it('counts Making Safeguarding Personal outcomes of concluded enquiries in the collection\'s codes', () => {
    expect(summary.safeguarding.asked).toEqual({ 'yes-outcomes-expressed': 9 });
    // Winston's two outcomes (fully) in his 5 records; Maureen's (fully, partially) in her 4, less the one removed.
    expect(summary.safeguarding.achieved).toEqual({ 'fully-achieved': 14, 'partially-achieved': 3 });
    expect(summary.safeguarding.riskOutcome).toEqual({ 'risk-removed': 5, 'risk-remained': 4 });
  });

  it('writes a CSV row per rule with its conformance rate', () => {
    const csv = toCsv(summary).split('\n');
    expect(csv[0]).toBe('rule,kind,severity,applied,passed,failed,conformance_percent');
    expect(csv[1]).toBe('structure,,error,12,12,0,100.0');
    expect(csv).toContain('safeguarding-enquiry/risk-outcome,safeguarding-enquiry,error,9,8,1,88.9');
  });

  it('lists the records to look at in the HTML report, with what was wrong only when the text was asked for', async () => {
    const html = toHtml(summary);
    expect(html).toMatch(/<td>[^<]+ <small><code>safeguarding-enquiry\/risk-outcome<\/code><\/small><\/td><td>SGE-2026-00347<\/td><td>[^<]*invalid-risk-outcome\.json<\/td><td>1<\/td><\/tr>/);
    expect(html).not.toContain('What was wrong');
    const enquiry = JSON.parse(readFileSync(join(examples, 'safeguarding-enquiry/invalid-risk-outcome.json'), 'utf8'));
    expect(html).not.toContain(enquiry.concern.summary.slice(0, 30));
    expect(html).not.toContain('Maureen');
    const withText = toHtml(await audit(readRecords([join(examples, 'safeguarding-enquiry')]), { includeText: true }));
    expect(withText).toContain('<th scope="col">What was wrong</th>');
    expect(withText).toMatch(/SGE-2026-00347<\/td><td>[^<]*<\/td><td>1<\/td><td>[^<]*risk/i);
  });
});

describe('reading-ease bands', () => {
  it('put a score in the band its label names, each floor in its own band and just below it in the one before', () => {
    for (const [i, label] of READING_EASE_BANDS.entries()) {
      if (i === 0) continue;
      const floor = Number(/^\d+/.exec(label)![0]);
      expect(readingEaseBand(floor), label).toBe(i);
      expect(readingEaseBand(floor - 0.1), label).toBe(i - 1);
    }
    expect(readingEaseBand(-40)).toBe(0);
    expect(readingEaseBand(121.2)).toBe(READING_EASE_BANDS.length - 1);
  });
});

describe('reading records', () => {
  it('reads NDJSON, JSON arrays and single records, and counts what it cannot use without stopping', async () => {
    const record = readFileSync(join(examples, 'assessment/complete-eligible.json'), 'utf8');
    const compact = JSON.stringify(JSON.parse(record));
    writeFileSync(join(dir, 'batch.ndjson'), `${compact}\nnot json at all\n{"$schema": "https://example.org/x.json"}\n${compact}\n`);
    writeFileSync(join(dir, 'array.json'), `[${compact},\n${compact}]`);
    writeFileSync(join(dir, 'broken.json'), '{"id": "x", ');
    const summary = await audit(readRecords([dir, join(dir, 'missing.ndjson')]));
    expect(summary.records).toBe(4);
    expect(summary.unusableCount).toBe(4);
    expect(summary.unusable.map((u) => [u.file.split('/').at(-1), u.line ?? u.index, u.reason.slice(0, 40)])).toEqual([
      ['batch.ndjson', 2, 'a line that is not a JSON record'],
      ['batch.ndjson', 3, 'its "$schema" is not a Good Day record s'],
      ['broken.json', 1, 'the file ends inside a record'],
      ['missing.ndjson', undefined, 'no such file or folder'],
    ]);
  });

  // Chunks of bytes cut at every place: "Siân’s" and "café" have characters of two and three bytes.
  const lines = ['{"id":"a","note":"Siân’s café"}', '', '  {"id":"b","note":"ok"}\r', 'not json', '{"id":"c"}'];
  const bytes = Buffer.from(lines.join('\n'), 'utf8');
  const cut = (at: number) =>
    (async function* () {
      yield bytes.subarray(0, at);
      yield bytes.subarray(at);
    })();
  const read = async (items: AsyncIterable<ReadItem>) => {
    const out: unknown[] = [];
    for await (const item of items) out.push('error' in item ? [item.source.line ?? item.source.index, item.error] : [item.source.line ?? item.source.index, item.value]);
    return out;
  };

  it('reads NDJSON from bytes cut anywhere, characters whole and lines numbered as in the file', async () => {
    const expected = [
      [1, { id: 'a', note: 'Siân’s café' }],
      [3, { id: 'b', note: 'ok' }],
      [4, 'a line that is not a JSON record'],
      [5, { id: 'c' }],
    ];
    for (let at = 0; at <= bytes.length; at++) expect(await read(readLines(cut(at), 'x.ndjson')), `cut at ${at}`).toEqual(expected);
    expect(await read(readLines((async function* () { yield lines.join('\n'); })(), 'x.ndjson'))).toEqual(expected);
  });

  it('reads a JSON array from bytes cut anywhere, characters whole', async () => {
    const array = Buffer.from('\ufeff[{"id":"a","note":"Siân’s café"},{"id":"b"}]', 'utf8');
    for (let at = 0; at <= array.length; at++) {
      const chunks = (async function* () {
        yield array.subarray(0, at);
        yield array.subarray(at);
      })();
      expect(await read(readStream(chunks, 'x.json')), `cut at ${at}`).toEqual([[0, { id: 'a', note: 'Siân’s café' }], [1, { id: 'b' }]]);
    }
  });

  it('reports a line that is not a record once, on its own line, wherever the chunks are cut (a cut in it reported the rest again and miscounted lines)', async () => {
    const text = Buffer.from('{"id":"a"}\nnot a record, said twice?\n{"id":"b"}\n', 'utf8');
    for (let at = 0; at <= text.length; at++) {
      const chunks = (async function* () {
        yield text.subarray(0, at);
        yield text.subarray(at);
      })();
      expect(await read(readStream(chunks, 'x.json')), `cut at ${at}`).toEqual([[1, { id: 'a' }], [2, 'a line that is not a JSON record'], [3, { id: 'b' }]]);
    }
  });

  it('tells a JSON array from NDJSON on standard input by its first character, past a byte order mark and spaces', async () => {
    const stdin = (text: string) => () => (async function* () { yield Buffer.from(text, 'utf8'); })();
    expect(await read(readRecords(['-'], stdin('\ufeff  \n[{"id":"a"}]')))).toEqual([[0, { id: 'a' }]]);
    expect(await read(readRecords(['-'], stdin('{"id":"a"}\n{"id":"b"}')))).toEqual([[1, { id: 'a' }], [2, { id: 'b' }]]);
  });
});

describe('merging summaries', () => {
  const tally = fc.record({ applied: fc.nat(50), passed: fc.nat(50), failed: fc.nat(50) });
  const counts = fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.nat(20));
  const summaries: fc.Arbitrary<Summary> = fc
    .record({
      records: fc.nat(100),
      rules: fc.dictionary(fc.constantFrom('structure', 'assessment/good-day', 'support-plan/review-date'), tally),
      byKind: fc.dictionary(fc.constantFrom('assessment', 'support-plan'), fc.dictionary(fc.constantFrom('1.0.0', '1.1.0'), counts)),
      asked: counts,
      findings: counts,
      ease: fc.array(fc.nat(9), { minLength: 7, maxLength: 7 }),
      unusable: fc.array(fc.record({ file: fc.string({ maxLength: 5 }), reason: fc.string({ maxLength: 5 }) }), { maxLength: 60 }),
    })
    .map(({ records, rules, byKind, asked, findings, ease, unusable }) => {
      const s = emptySummary();
      return { ...s, records, rules, byKind, safeguarding: { ...s.safeguarding, asked }, language: { findings, readingEase: ease, textsScored: ease.reduce((a, b) => a + b, 0) }, unusableCount: unusable.length, unusable };
    });

  it('is associative, with the empty summary as identity, and never changes its inputs', () => {
    fc.assert(
      fc.property(summaries, summaries, summaries, (a, b, c) => {
        const before = structuredClone([a, b, c]);
        expect(merge(merge(a, b), c)).toEqual(merge(a, merge(b, c)));
        expect(merge(a, emptySummary())).toEqual(merge(a));
        expect([a, b, c]).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same summary for a run split in two and merged', async () => {
    const whole = await audit(readRecords([join(examples, 'support-plan'), join(examples, 'capacity-decision')]));
    const parts = merge(await audit(readRecords([join(examples, 'support-plan')])), await audit(readRecords([join(examples, 'capacity-decision')])));
    expect(parts).toEqual(whole);
  });
});
