import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audit } from './audit.js';
import { readLines, readStream, type ReadItem } from './read.js';

const read = async (items: AsyncIterable<ReadItem>) => {
  const out: unknown[] = [];
  for await (const item of items) out.push('error' in item ? [item.source.line ?? item.source.index, item.error] : [item.source.line ?? item.source.index, item.value]);
  return out;
};
const pieces = (text: string, sizes: readonly number[] = [1 << 18]) =>
  (async function* () {
    const bytes = Buffer.from(text, 'utf8');
    let at = 0;
    for (let i = 0; at < bytes.length; i++) {
      const size = Math.max(1, sizes[i % sizes.length]!);
      yield bytes.subarray(at, at + size);
      at += size;
    }
  })();

const NOT_AN_OBJECT = 'not a JSON object (a Good Day record is one)';
const OVER = 'over 5242880 characters';
// Just over the 5 MiB a record may have: 16 MiB on one line used to end the reading of the file.
const huge = (mib: number) => `{"note":"${'a'.repeat(mib * 1024 * 1024)}"}`;

describe('every record is counted or reported unusable with its place', () => {
  it('a line over 16 MiB in NDJSON is reported, and the five records after it are read', async () => {
    const text = ['{"id":"a"}', huge(17), '{"id":"b"}', '{"id":"c"}', '{"id":"d"}', '{"id":"e"}', '{"id":"f"}'].join('\n');
    expect(await read(readLines(pieces(text), 'x.ndjson'))).toEqual([
      [1, { id: 'a' }],
      [2, OVER],
      [3, { id: 'b' }],
      [4, { id: 'c' }],
      [5, { id: 'd' }],
      [6, { id: 'e' }],
      [7, { id: 'f' }],
    ]);
  });

  it('an element over the limit in a JSON array is reported by its index, and the rest are read', async () => {
    const text = `[{"id":"a"},${huge(6)},{"id":"b"},{"id":"c"}]`;
    expect(await read(readStream(pieces(text), 'x.json'))).toEqual([
      [0, { id: 'a' }],
      [1, OVER],
      [2, { id: 'b' }],
      [3, { id: 'c' }],
    ]);
  });

  it('in [1, rec, rec] and ["x", rec] the records after a non-object are read, and the non-object is reported by index', async () => {
    expect(await read(readStream(pieces('[1, {"id":"a"}, {"id":"b"}]'), 'x.json'))).toEqual([[0, NOT_AN_OBJECT], [1, { id: 'a' }], [2, { id: 'b' }]]);
    expect(await read(readStream(pieces('["x", {"id":"a"}]'), 'x.json'))).toEqual([[0, NOT_AN_OBJECT], [1, { id: 'a' }]]);
    expect(await read(readStream(pieces('[null,true,-1.5e3,"a]\\"{b",{"id":"a"},[1,{"c":2}],{"id":"b"}\n]'), 'x.json'))).toEqual([
      [0, NOT_AN_OBJECT],
      [1, NOT_AN_OBJECT],
      [2, NOT_AN_OBJECT],
      [3, NOT_AN_OBJECT],
      [4, { id: 'a' }],
      [5, [1, { c: 2 }]],
      [6, { id: 'b' }],
    ]);
  });

  it('any JSON array, cut into any chunks: one item per element, in order, objects as they were', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 12 }), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }), fc.boolean(), async (values, sizes, spaced) => {
        const text = spaced ? `[ ${values.map((v) => JSON.stringify(v, null, 1)).join(' ,\n ')} ]` : JSON.stringify(values);
        const items = await read(readStream(pieces(text, sizes), 'x.json'));
        expect(items.map((i) => (i as unknown[])[0])).toEqual(values.map((_, i) => i));
        values.forEach((v, i) => {
          const expected = v !== null && typeof v === 'object' ? JSON.parse(JSON.stringify(v)) : NOT_AN_OBJECT;
          expect((items[i] as unknown[])[1]).toEqual(expected);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('an array of 100,000 numbers is 100,000 unusable items, of which the summary keeps the first 100 (each was sorted in)', async () => {
    const summary = await audit(readStream(pieces(`[${Array(100_000).fill('0').join(',')}]`), 'x.json'));
    expect([summary.records, summary.unusableCount, summary.unusable.length]).toEqual([0, 100_000, 100]);
    expect(summary.unusable.map((u) => u.index)).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });
});
