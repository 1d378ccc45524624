import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { GoodDayInputError, parseRecord, validate } from '@goodday/validate';
import { audit, auditItem, emptySummary, merge, readLines, readStream, toCsv, toHtml, toJson, type ReadItem, type Summary } from '../../packages/audit/src/index.js';
import { LanguageInputError, lint } from '../../packages/language/src/index.js';
import { render, RenderRefusedError } from '../../packages/render/src/index.js';
import { escapeControls } from '../../packages/cli/src/one-line.js';
import { CANARY, canaried, canaryPaths } from './canary.js';
import { chunksOf, errorProblem, fingerprint, htmlProblem, markdownProblem, messageProblem, pollution, tagsOf } from './check.js';
import { MARKUP } from './corpus.js';
import { examples, getAt, places, renderable, setAt, type Segment } from './examples.js';
import { TOTAL_RUNS, tally } from './tally.js';

/** Each property's share of the total runs, by how much it costs and how much ground it covers. */
const SHARES = { parse: 0.12, validateAny: 0.1, validateMutated: 0.14, render: 0.1, lint: 0.14, audit: 0.1, merge: 0.07, readers: 0.12, arrayCounts: 0.04, leapSecond: 0.03, oneLine: 0.02, longLists: 0.02 };
const runsFor = (name: keyof typeof SHARES) => Math.max(20, Math.round(TOTAL_RUNS * SHARES[name]));
let total = 0;
const runs = (name: keyof typeof SHARES) => {
  const numRuns = runsFor(name);
  total += numRuns;
  return numRuns;
};
const assertRuns = <T extends unknown[]>(name: keyof typeof SHARES, property: fc.IProperty<T>) => fc.assert(property, { numRuns: runs(name) });
const assertAsyncRuns = <T extends unknown[]>(name: keyof typeof SHARES, property: fc.IAsyncProperty<T>) => fc.assert(property, { numRuns: runs(name) });

const withCanary = fc.string({ maxLength: 30, unit: 'grapheme' }).map((s) => `${CANARY}${s}`);
/** Strings with the characters that matter most: markup, quotes, line breaks, controls, surrogates, and the canary. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 60, unit: 'binary' }),
  fc.constantFrom(...MARKUP),
  withCanary,
  fc.array(fc.constantFrom('<', '>', '&', '"', "'", '`', '=', '\n', '\r\n', '\u2028', '\u0000', '\ud800', '[', ']', '(', ')', '!', '#', '*', '_', 'javascript:', 'onerror=', '{{', '}}', ' ', 'a', CANARY), { maxLength: 25 }).map((a) => a.join('')),
);
const hostileJson = fc.oneof(fc.jsonValue({ maxDepth: 4 }), hostileString, fc.constantFrom(null, -0, Number.MAX_VALUE, 1e21, Number.MIN_VALUE, '', [], {}));

const seeds = [...canaried().values()].map((c) => c.record);
const seedPlaces = seeds.map((r) => places(r));
/** A canaried example with one place replaced by a hostile value (the canary elsewhere still in place). */
const mutated = fc
  .record({ i: fc.nat(seeds.length - 1), j: fc.nat(), value: hostileJson })
  .map(({ i, j, value }) => {
    const where = seedPlaces[i]!;
    return where.length === 0 ? seeds[i]! : setAt(seeds[i]!, where[j % where.length]!, value);
  });

const FORMATS = ['html', 'markdown', 'text'] as const;
const templateTags = new Set(renderable.flatMap((e) => tagsOf(render(e.record)).map((t) => /^<\/?\s*([a-z0-9-]+)/i.exec(t)?.[1]?.toLowerCase() ?? t.slice(0, 4))));

function validateProblem(value: unknown): string | undefined {
  const before = fingerprint(value);
  try {
    const report = validate(value, { readability: true });
    for (const f of report.findings) {
      const p = messageProblem(f.message);
      if (p) return `finding ${f.ruleId}: ${p}`;
      if (f.path.includes(CANARY)) return `finding ${f.ruleId}: record text in its path`;
    }
    if (report.valid !== !report.findings.some((f) => f.severity === 'error')) return 'valid disagrees with the findings';
  } catch (error) {
    const p = errorProblem(error, [GoodDayInputError]);
    if (p) return p;
  }
  if (fingerprint(value) !== before) return 'the record was changed';
  return pollution();
}

// Runs scale with HOSTILE_RUNS: the time limit is per test, and generous, so only a hang fails it.
describe('property-based: hostile values into validate, render, lint and the audit', { timeout: 1_200_000 }, () => {
  it('parseRecord: any text gives a value or a GoodDayInputError with a one-line reason', () => {
    assertRuns(
      'parse',
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json({ maxDepth: 6 }), fc.uint8Array({ maxLength: 200 }), fc.json().map((j) => `\ufeff${j}`)), (text) => {
        try {
          parseRecord(text);
        } catch (error) {
          expect(errorProblem(error, [GoodDayInputError])).toBeUndefined();
        }
      }),
    );
  });

  it('validate: any JSON value gives a report or a GoodDayInputError, unchanged, one-line findings', () => {
    assertRuns('validateAny', fc.property(fc.oneof(hostileJson, fc.record({ $schema: fc.constantFrom(...new Set(examples.map((e) => e.record.$schema as string))), rest: fc.dictionary(fc.string(), hostileJson) }).map(({ $schema, rest }) => ({ ...rest, $schema }))), (value) => {
      expect(validateProblem(value)).toBeUndefined();
    }));
  });

  it('validate: an example with any one place replaced never throws another error, never changes it, never quotes its text', () => {
    assertRuns('validateMutated', fc.property(mutated, (record) => {
      expect(validateProblem(record)).toBeUndefined();
    }));
  });

  it('render: hostile text in any free-text field of a valid record gives a page with no live markup, or a refusal in one line', () => {
    const bases = renderable.map((e) => ({ record: e.record, texts: canaryPaths(canaried().get(e.name)!.record) }));
    assertRuns(
      'render',
      fc.property(fc.nat(bases.length - 1), fc.nat(), hostileString, fc.constantFrom(...FORMATS), (i, j, text, format) => {
        const { record, texts } = bases[i]!;
        const record2 = setAt(record, texts[j % texts.length]!, `${CANARY}${text}`);
        const before = fingerprint(record2);
        try {
          const out = render(record2, { format, drafts: true });
          expect(format === 'html' ? htmlProblem(out, templateTags) : format === 'markdown' ? markdownProblem(out) : undefined).toBeUndefined();
          if (format === 'html') expect(out).not.toMatch(/<script|javascript:[^<]*"/i);
        } catch (error) {
          expect(errorProblem(error, [RenderRefusedError, GoodDayInputError])).toBeUndefined();
        }
        expect(fingerprint(record2)).toBe(before);
      }),
    );
  });

  it('lint: any text gives findings inside it, in one-line messages, or a LanguageInputError; anything else is refused', () => {
    const phrases = ['wanders', 'non-compliant', 'MDT', 'wheelchair-bound', 'suffers from', 'challenging behaviour', 'service user', 'feeds', '"wanders"', 'refused'];
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.array(fc.oneof(fc.constantFrom(...phrases), hostileString, fc.constantFrom(' ', '\n', '. ', '\r\n', '“', '”', "'")), { maxLength: 40 }).map((a) => a.join('')),
    );
    assertRuns(
      'lint',
      fc.property(fc.oneof(text, fc.anything({ maxDepth: 1 })), fc.constantFrom('practitioner', 'person') as fc.Arbitrary<'practitioner' | 'person'>, (input, voice) => {
        try {
          const { findings } = lint(input as string, { voice });
          expect(typeof input).toBe('string');
          const s = input as string;
          for (const f of findings) {
            expect(0 <= f.start && f.start <= f.end && f.end <= s.length).toBe(true);
            expect(f.line).toBeGreaterThanOrEqual(1);
            expect(f.column).toBeGreaterThanOrEqual(1);
            expect(f.message).not.toMatch(/[\r\n]/);
            if (voice === 'person') expect(f.severity).toBe('info');
          }
        } catch (error) {
          expect(errorProblem(error, [LanguageInputError])).toBeUndefined();
        }
      }),
    );
  });

  const item = fc.oneof(
    mutated.map((value): ReadItem => ({ source: { file: 'p.ndjson', line: 1 }, value })),
    hostileJson.map((value): ReadItem => ({ source: { file: 'p.ndjson', line: 1 }, value })),
    hostileString.map((error): ReadItem => ({ source: { file: 'p.ndjson', line: 1 }, error: `not valid JSON${error.length > 1000 ? '' : ''}` })),
  );
  const items = fc.array(item, { maxLength: 6 }).map((list) => list.map((it, k) => ({ ...it, source: { file: `f${k % 3}.ndjson`, line: k + 1 } }) as ReadItem));
  const summarise = (list: readonly ReadItem[]) => {
    const s = emptySummary();
    for (const it of list) auditItem(s, it);
    return s;
  };

  it('audit: any list of records gives a summary whose reports hold no record text, and counts every item once', async () => {
    await assertAsyncRuns(
      'audit',
      fc.asyncProperty(items, async (list) => {
        const s = await audit(list);
        expect(s.records + s.unusableCount).toBe(list.length);
        for (const report of [toJson(s), toCsv(s), toHtml(s)]) expect(report.includes(CANARY)).toBe(false);
        expect(pollution()).toBeUndefined();
      }),
    );
  });

  it('audit merge: splitting a list anywhere and merging gives the whole, in any grouping and either order', () => {
    const strip = (s: Summary) => JSON.parse(JSON.stringify(s));
    assertRuns(
      'merge',
      fc.property(items, fc.nat(), fc.nat(), (list, x, y) => {
        const [i, j] = [x % (list.length + 1), y % (list.length + 1)].sort((a, b) => a - b) as [number, number];
        const [a, b, c] = [summarise(list.slice(0, i)), summarise(list.slice(i, j)), summarise(list.slice(j))];
        const whole = strip(summarise(list));
        expect(strip(merge(a, b, c))).toEqual(whole);
        expect(strip(merge(merge(a, b), c))).toEqual(strip(merge(a, merge(b, c))));
        expect(strip(merge(c, a, b))).toEqual(whole);
        expect(strip(merge(a, emptySummary()))).toEqual(strip(a));
      }),
    );
  });

  it('audit readers: NDJSON and JSON arrays give the same items whatever the chunks, never throw, and keep broken lines to themselves', async () => {
    const line = fc.oneof(
      mutated.map((r) => JSON.stringify(r)),
      fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v) ?? 'null'),
      hostileString,
      fc.constant(''),
      fc.constant('{"broken": '),
    );
    await assertAsyncRuns(
      'readers',
      fc.asyncProperty(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.integer({ min: 1, max: 97 }), fc.boolean(), async (lines, eol, size, asArray) => {
        const text = asArray ? `[${lines.join(`,${eol}`)}]` : lines.join(eol);
        const bytes = new TextEncoder().encode(text);
        const read = async (chunk: number) => {
          const out: ReadItem[] = [];
          for await (const it of (asArray ? readStream : readLines)(chunksOf(bytes, chunk), 'x')) out.push(it);
          return out;
        };
        const whole = await read(1 << 20);
        expect(await read(size)).toEqual(whole);
        for (const it of whole) if ('error' in it) expect(messageProblem(it.error)).toBeUndefined();
        // A line is one record at most: a broken line cannot swallow the next.
        if (!asArray) expect(whole.length).toBeLessThanOrEqual(text.split('\n').length);
      }),
    );
  });
});

describe('the classes of issue 21, property by property', { timeout: 1_200_000 }, () => {
  it('audit readers: any JSON array, cut anywhere, gives one item per element, in order (records after a non-object were lost)', async () => {
    const element = fc.oneof(fc.jsonValue({ maxDepth: 2 }), mutated, hostileString);
    await assertAsyncRuns(
      'arrayCounts',
      fc.asyncProperty(fc.array(element, { maxLength: 10 }), fc.integer({ min: 1, max: 61 }), async (values, size) => {
        const bytes = new TextEncoder().encode(JSON.stringify(values));
        const out: ReadItem[] = [];
        for await (const it of readStream(chunksOf(bytes, size), 'x.json')) out.push(it);
        expect(out.map((it) => it.source.index)).toEqual(values.map((_, i) => i));
      }),
    );
  });

  it('rules: a leap second (23:59:60Z) is judged as 23:59:59Z in every date-time of every example (29 of 200 records flipped)', () => {
    const dateTimes = examples.map((e) => places(e.record).filter((p) => typeof getAt(e.record, p) === 'string' && /^\d{4}-\d\d-\d\dT/.test(getAt(e.record, p) as string)));
    const findings = (r: unknown) => validate(r).findings.map((f) => `${f.ruleId} ${f.path} ${f.message}`);
    assertRuns(
      'leapSecond',
      fc.property(fc.nat(examples.length - 1), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), (i, picks) => {
        const where = dateTimes[i]!;
        if (where.length === 0) return;
        let leap: unknown = examples[i]!.record;
        let plain: unknown = examples[i]!.record;
        for (const pick of picks) {
          const path = where[pick % where.length]!;
          const day = (getAt(examples[i]!.record, path) as string).slice(0, 10);
          leap = setAt(leap, path, `${day}T23:59:60Z`);
          plain = setAt(plain, path, `${day}T23:59:59Z`);
        }
        expect(findings(leap)).toEqual(findings(plain));
      }),
    );
  });

  it('the CLI: any text, escaped for standard error, is one line with no control or separator character', () => {
    assertRuns(
      'oneLine',
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const out = escapeControls(text.replaceAll('\n', ' '));
        expect(out).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/);
      }),
    );
  });

  it('validate: a list of up to 20,000 items at any list of a valid record is told its limit once, in time linear in its length', () => {
    const lists = seeds.map((r) => places(r).filter((p) => Array.isArray(getAt(r, p))));
    assertRuns(
      'longLists',
      fc.property(fc.nat(seeds.length - 1), fc.nat(), fc.integer({ min: 0, max: 20_000 }), hostileJson, (i, j, n, item) => {
        const where = lists[i]!;
        if (where.length === 0) return;
        const path = where[j % where.length]!;
        const record = setAt(seeds[i]!, path, Array.from({ length: n }, () => item));
        const started = performance.now();
        let findings = 0;
        try {
          findings = validate(record).findings.length;
        } catch (error) {
          // Over maxValues (20,000 items of a wide object) is refused in one line before any check.
          expect(errorProblem(error, [GoodDayInputError])).toBeUndefined();
        }
        // Linear: 20,000 items take milliseconds; pairwise, seconds.
        expect(performance.now() - started).toBeLessThan(3_000);
        expect(findings).toBeLessThanOrEqual(1001);
      }),
    );
  });
});

afterAll(() => {
  tally('runs', total, 'properties');
  console.log(`hostile property-based runs: ${total.toLocaleString('en-GB')}`);
});

// Referenced so that a missing helper breaks the build of this file rather than a run.
void getAt;
export type { Segment };
