import { afterAll, describe, expect, it } from 'vitest';
import { GoodDayInputError, identify, isAssessment, isCapacityDecision, isSafeguardingEnquiry, isSupportPlan, parseRecord, validate, type Report } from '@goodday/validate';
import { auditItem, emptySummary, readLines, readStream, toCsv, toHtml, toJson, type ReadItem } from '../../packages/audit/src/index.js';
import { LanguageInputError, lint } from '../../packages/language/src/index.js';
import { render, RenderRefusedError } from '../../packages/render/src/index.js';
import { CANARY } from './canary.js';
import { chunksOf, errorProblem, fingerprint, htmlProblem, markdownProblem, messageProblem, PER_INPUT_MS, pollution, tagsOf } from './check.js';
import { hostileCorpus, sample, type Hostile } from './corpus.js';
import { renderable } from './examples.js';
import { FULL, tally } from './tally.js';

const corpus = hostileCorpus(FULL);
const templateTags = new Set(renderable.flatMap((e) => tagsOf(render(e.record)).map((t) => /^<\/?\s*([a-z0-9-]+)/i.exec(t)?.[1]?.toLowerCase() ?? t.slice(0, 4))));
const FORMATS = ['html', 'markdown', 'text'] as const;

const decode = (bytes: string | Uint8Array) => (typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes));
const toBytes = (t: string | Uint8Array) => (typeof t === 'string' ? new TextEncoder().encode(t) : t);

/** Every problem with one value in the API that takes values: validate and its kin, render, lint, the audit of one item. */
function checkValue(value: unknown, problems: string[]): void {
  const before = fingerprint(value);
  let report: Report | undefined;
  try {
    report = validate(value, { readability: true });
  } catch (error) {
    const p = errorProblem(error, [GoodDayInputError]);
    if (p) problems.push(`validate ${p}`);
  }
  for (const f of report?.findings ?? []) {
    const p = messageProblem(f.message);
    if (p) problems.push(`validate finding ${f.ruleId}: ${p}`);
    if (f.path.includes(CANARY)) problems.push(`validate finding ${f.ruleId}: record text in the path`);
  }
  try {
    identify(value);
  } catch (error) {
    const p = errorProblem(error, [GoodDayInputError]);
    if (p) problems.push(`identify ${p}`);
  }
  for (const is of [isAssessment, isSupportPlan, isSafeguardingEnquiry, isCapacityDecision]) {
    try {
      if (typeof is(value) !== 'boolean') problems.push(`${is.name} did not return a boolean`);
    } catch (error) {
      problems.push(`${is.name} threw ${(error as Error).name}: ${(error as Error).message?.slice(0, 200)}`);
    }
  }
  for (const format of FORMATS) {
    try {
      const out = render(value, { format, drafts: true });
      const p = format === 'html' ? htmlProblem(out, templateTags) : format === 'markdown' ? markdownProblem(out) : undefined;
      if (p) problems.push(`render ${format}: ${p}`);
      if (/-£0\.00|undefined|NaN/.test(out)) problems.push(`render ${format}: ${/-£0\.00|undefined|NaN/.exec(out)![0]} in the page`);
    } catch (error) {
      const p = errorProblem(error, [GoodDayInputError, RenderRefusedError]);
      if (p) problems.push(`render ${format} ${p}`);
      for (const f of (error as RenderRefusedError).findings ?? []) if (f.message.includes(CANARY)) problems.push(`render refusal: record text in a finding`);
    }
  }
  try {
    lint(value as string);
  } catch (error) {
    const p = errorProblem(error, [LanguageInputError]);
    if (p) problems.push(`lint of a value ${p}`);
  }
  auditItems([{ source: { file: 'hostile.json' }, value }], problems);
  if (fingerprint(value) !== before) problems.push('the input value was changed');
}

/** Audits items into a fresh summary and checks the three reports hold no record text and the audit never throws. */
function auditItems(items: readonly ReadItem[], problems: string[]): void {
  const summary = emptySummary();
  try {
    for (const item of items) auditItem(summary, item);
  } catch (error) {
    problems.push(`auditItem threw ${(error as Error).name}: ${(error as Error).message?.slice(0, 200)}`);
    return;
  }
  for (const [name, report] of [['JSON', toJson], ['CSV', toCsv], ['HTML', toHtml]] as const) {
    let out: string;
    try {
      out = report(summary);
    } catch (error) {
      problems.push(`audit ${name} report threw ${(error as Error).name}: ${(error as Error).message?.slice(0, 200)}`);
      continue;
    }
    if (out.includes(CANARY)) problems.push(`record text in the audit ${name} report: …${out.slice(Math.max(0, out.indexOf(CANARY) - 80), out.indexOf(CANARY) + 20)}…`);
    if (name === 'HTML' && /<script|\son[a-z]+\s*=/i.test(out)) problems.push('live markup in the audit HTML report');
  }
  for (const statuses of Object.values(summary.byKind).flatMap((versions) => Object.values(versions))) {
    for (const status of Object.keys(statuses)) if (!/^[a-z]+(-[a-z]+)*$/.test(status) && status !== 'not a known status') problems.push(`a status counted by its text: ${JSON.stringify(status).slice(0, 80)}`);
  }
  const counts = Object.values(summary.byKind).flatMap((versions) => Object.values(versions).flatMap((statuses) => Object.values(statuses)));
  if (counts.some((n) => typeof n !== 'number' || !Number.isInteger(n))) problems.push(`a count in byKind is not a whole number: ${JSON.stringify(summary.byKind).slice(0, 200)}`);
}

async function collect(items: AsyncIterable<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Every problem with one hostile input, through every public function that takes it. */
async function problemsWith(input: Hostile): Promise<string[]> {
  const problems: string[] = [];
  if (input.type === 'value') {
    checkValue(input.make(), problems);
    return problems;
  }
  const raw = input.make();
  const bytes = toBytes(raw);
  // Records with one thing changed are most of the corpus: their text is read as bytes, and as a JSON file only.
  const bulk = BULK.has(input.group);
  for (const form of typeof raw === 'string' && !bulk ? [raw, bytes] : [bytes]) {
    let value: unknown;
    let parsed = false;
    try {
      value = parseRecord(form);
      parsed = true;
    } catch (error) {
      const p = errorProblem(error, [GoodDayInputError]);
      if (p) problems.push(`parseRecord ${p}`);
    }
    // The string and the bytes parse alike; check the value once.
    if (parsed && form === bytes) checkValue(value, problems);
  }
  const textForm = decode(raw);
  try {
    const { findings } = lint(textForm);
    for (const f of findings) if (f.message.includes(CANARY)) problems.push(`lint finding ${f.ruleId}: record text in the message`);
  } catch (error) {
    const p = errorProblem(error, [LanguageInputError]);
    if (p) problems.push(`lint ${p}`);
  }
  // The audit's readers, with chunks cut at odd places so characters and lines fall across them.
  for (const reader of bulk ? [input.ndjson ? readLines : readStream] : [readStream, readLines]) {
    try {
      const items = await collect(reader(chunksOf(bytes, 4093), input.ndjson ? 'hostile.ndjson' : 'hostile.json'));
      for (const item of items) if ('error' in item && messageProblem(item.error)) problems.push(`${reader.name} item error: ${messageProblem(item.error)}`);
      // Every element or line is an item, a record or unusable with its place: none is lost.
      const matches = input.ndjson ? reader === readLines : reader === readStream;
      if (input.items !== undefined && matches && items.length !== input.items) problems.push(`${reader.name} gave ${items.length} items for ${input.items} records`);
      auditItems(items, problems);
    } catch (error) {
      problems.push(`${reader.name} threw ${(error as Error).name}: ${(error as Error).message?.slice(0, 200)}`);
    }
  }
  return problems;
}

const BULK = new Set(['wrong-type', 'dates', 'markup', 'prototype-keys', 'long-lists']);
const groups = [...new Set(corpus.map((c) => c.group))];
let checked = 0;

/** The tests for one half of the corpus (alternate batches), so that two test files share the work across cores. */
export function apiTests(half: 0 | 1): void {
describe(`hostile corpus through the public API, half ${half + 1} of 2`, () => {
  it('is at least 500 inputs, made by code, with unique ids', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(500);
    expect(new Set(corpus.map((c) => c.id)).size).toBe(corpus.length);
  });

  for (const group of groups) {
    const inGroup = corpus.filter((c) => c.group === group);
    // In batches, so that a full run of tens of thousands stays a few hundred tests.
    const batches = Array.from({ length: Math.ceil(inGroup.length / 250) }, (_, i) => inGroup.slice(i * 250, i * 250 + 250));
    batches.forEach((batch, i) => {
      if ((i + group.length) % 2 !== half && batches.length > 1) return;
      if (batches.length === 1 && group.length % 2 !== half) return;
      it(`${group} ${i + 1}/${batches.length}: ${batch.length} inputs, each answered within the limit with a result or a documented one-line error, unchanged, no live markup, no record text`, async () => {
        const failures: string[] = [];
        for (const input of batch) {
          const started = performance.now();
          const problems = await problemsWith(input);
          const ms = performance.now() - started;
          if (ms > PER_INPUT_MS) problems.push(`took ${Math.round(ms)} ms`);
          if (process.env.HOSTILE_TIMES && ms > 500) console.log(input.id, Math.round(ms));
          const polluted = pollution();
          if (polluted) problems.push(polluted);
          for (const p of problems) failures.push(`${input.id}: ${p}`);
          checked++;
        }
        expect(failures.slice(0, 15), `${failures.length} problems`).toEqual([]);
      }, 600_000);
    });
  }

  it('samples evenly', () => {
    expect(sample([1, 2, 3, 4, 5], 3)).toEqual([1, 3, 5]);
    expect(sample([1, 2], 5)).toEqual([1, 2]);
  });
});

afterAll(() => tally('inputs', checked, `api half ${half + 1}`));
}
