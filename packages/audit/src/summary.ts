/** Counts of how one rule fared across the records it applied to. */
export interface RuleTally {
  applied: number;
  passed: number;
  failed: number;
  /** The first few records that failed, by id (hashed when asked) and where they are. */
  examples?: { readonly id: string; readonly file: string; readonly line?: number; readonly index?: number; readonly message?: string }[];
}

/** A record that could not be audited, and where it is. */
export interface Unusable {
  readonly file: string;
  readonly line?: number;
  readonly index?: number;
  readonly reason: string;
}

/** Reading-ease bands (Flesch), low to high: very hard … very easy. */
export const READING_EASE_BANDS = ['under 30', '30–49', '50–59', '60–69', '70–79', '80–89', '90 and over'] as const;
// Where each band after the first starts, as the labels say.
const BAND_FLOORS = [30, 50, 60, 70, 80, 90];

/** The index in {@link READING_EASE_BANDS} of a Flesch reading-ease score. */
export function readingEaseBand(score: number): number {
  let band = 0;
  while (band < BAND_FLOORS.length && score >= BAND_FLOORS[band]!) band++;
  return band;
}

/**
 * What an audit found: plain JSON of counts, so that it can be saved, sent and merged. `merge` is associative
 * and has `emptySummary()` as identity, so work can split across threads and machines in any grouping.
 */
export interface Summary {
  readonly format: 'goodday-audit-summary/1';
  records: number;
  /** kind → version → status → count. */
  readonly byKind: Record<string, Record<string, Record<string, number>>>;
  readonly rules: Record<string, RuleTally>;
  /** Making Safeguarding Personal, in the Safeguarding Adults Collection's codes. */
  readonly safeguarding: { asked: Record<string, number>; achieved: Record<string, number>; riskOutcome: Record<string, number> };
  /** Complete reviews: how far each goal was met, in the Client Level Data codes (fully-met, partially-met, not-met). */
  readonly review: { goals: Record<string, number> };
  /** Complete carer's assessments: the carer outcomes of Eligibility Regulations 2015 reg 3(2)(b) the carer was unable to achieve, by code. */
  readonly carers: { unableToAchieve: Record<string, number> };
  readonly language: { findings: Record<string, number>; readingEase: number[]; textsScored: number };
  unusableCount: number;
  /** The first few records that could not be read or identified, by place (the count has them all). */
  unusable: Unusable[];
}

const KEEP_UNUSABLE = 100;
/** How many failing records each rule keeps as examples. */
export const KEEP_EXAMPLES = 10;

type Placed = { readonly file: string; readonly line?: number; readonly index?: number };
const byPlace = (a: Placed, b: Placed) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? a.index ?? 0) - (b.line ?? b.index ?? 0));
/** The first `keep` items by place in the files: the same whichever way the work was split, so merge is also commutative. */
export const firstByPlace = <T extends Placed>(a: readonly T[], b: readonly T[], keep: number): T[] => [...a, ...b].sort(byPlace).slice(0, keep);
/** Whether something at `place` would be among the first `keep` of a list that {@link firstByPlace} made. */
export const wouldKeep = (kept: readonly Placed[], place: Placed, keep: number): boolean => kept.length < keep || byPlace(place, kept[kept.length - 1]!) < 0;

export function emptySummary(): Summary {
  return {
    format: 'goodday-audit-summary/1',
    records: 0,
    byKind: {},
    rules: {},
    safeguarding: { asked: {}, achieved: {}, riskOutcome: {} },
    review: { goals: {} },
    carers: { unableToAchieve: {} },
    language: { findings: {}, readingEase: READING_EASE_BANDS.map(() => 0), textsScored: 0 },
    unusableCount: 0,
    unusable: [],
  };
}

// Keys can come from a file a user merges: "__proto__" or "constructor" must name an entry of its own, never reach a prototype.
const slot = <T>(map: Record<string, T>, key: string, make: () => T): T => {
  if (!Object.hasOwn(map, key)) Object.defineProperty(map, key, { value: make(), enumerable: true, writable: true, configurable: true });
  return map[key]!;
};

const addCounts = (into: Record<string, number>, from: Record<string, number>) => {
  for (const [key, n] of Object.entries(from)) into[key] = slot(into, key, () => 0) + n;
};

/** Adds `b` into `a` (changing `a`) and returns it. */
export function mergeInto(a: Summary, b: Summary): Summary {
  a.records += b.records;
  for (const [kind, versions] of Object.entries(b.byKind)) {
    const toKind = slot(a.byKind, kind, () => ({}));
    for (const [version, statuses] of Object.entries(versions)) addCounts(slot(toKind, version, () => ({})), statuses);
  }
  for (const [id, tally] of Object.entries(b.rules)) {
    const to = slot(a.rules, id, (): RuleTally => ({ applied: 0, passed: 0, failed: 0 }));
    to.applied += tally.applied;
    to.passed += tally.passed;
    to.failed += tally.failed;
    if (tally.examples?.length) to.examples = firstByPlace(to.examples ?? [], tally.examples, KEEP_EXAMPLES);
  }
  addCounts(a.safeguarding.asked, b.safeguarding.asked);
  addCounts(a.safeguarding.achieved, b.safeguarding.achieved);
  addCounts(a.safeguarding.riskOutcome, b.safeguarding.riskOutcome);
  // A summary saved before reviews were counted has none to add.
  addCounts(a.review.goals, b.review?.goals ?? {});
  // Nor one saved before carer's assessments were.
  addCounts(a.carers.unableToAchieve, b.carers?.unableToAchieve ?? {});
  addCounts(a.language.findings, b.language.findings);
  b.language.readingEase.forEach((n, i) => (a.language.readingEase[i] = (a.language.readingEase[i] ?? 0) + n));
  a.language.textsScored += b.language.textsScored;
  a.unusableCount += b.unusableCount;
  a.unusable = firstByPlace(a.unusable, b.unusable, KEEP_UNUSABLE);
  return a;
}

/** The merge of summaries, in order, without changing any of them. */
export function merge(...summaries: readonly Summary[]): Summary {
  return summaries.reduce((acc, s) => mergeInto(acc, structuredClone(s)), emptySummary());
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isCount = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
// Far more than any audit writes (rule ids, kinds, versions and codes number in the tens or hundreds), so a forged file stays small.
const MAX_KEYS = 10_000;
const MAX_TEXT = 4096;
const isText = (v: unknown) => typeof v === 'string' && v.length <= MAX_TEXT;
const fewKeys = (v: Record<string, unknown>) => {
  let n = 0;
  for (const key in v) if (++n > MAX_KEYS || key.length > MAX_TEXT) return false;
  return true;
};
const isMap = (v: unknown, each: (value: unknown) => boolean) => isObject(v) && fewKeys(v) && Object.values(v).every(each);
const isCounts = (v: unknown) => isMap(v, isCount);
const isPlace = (v: unknown) => isObject(v) && isText(v.file) && (v.line === undefined || isCount(v.line)) && (v.index === undefined || isCount(v.index));
const isExample = (e: unknown) => isPlace(e) && isText((e as Record<string, unknown>).id) && ((e as Record<string, unknown>).message === undefined || isText((e as Record<string, unknown>).message));
const isTally = (v: unknown) =>
  isObject(v) && isCount(v.applied) && isCount(v.passed) && isCount(v.failed) && (v.examples === undefined || (Array.isArray(v.examples) && v.examples.length <= KEEP_EXAMPLES && v.examples.every(isExample)));

/**
 * True when the value is a whole summary, every count a whole number, as read from a file for `goodday audit merge`:
 * a file that only claims the format, or has parts missing, would stop a merge part-way. Its size is bounded as an
 * audit writes it (at most 10,000 entries in a map, {@link KEEP_EXAMPLES} examples a rule, 100 unusable places, and
 * 4,096 characters a text), so a forged file cannot make a merge or a report grow without end.
 */
export function isSummary(value: unknown): value is Summary {
  if (!isObject(value) || value.format !== 'goodday-audit-summary/1' || !isCount(value.records) || !isCount(value.unusableCount)) return false;
  const { byKind, rules, safeguarding: s, review: r, carers: c, language: l, unusable } = value;
  return (
    isMap(byKind, (versions) => isMap(versions, isCounts)) &&
    isMap(rules, isTally) &&
    isObject(s) &&
    isCounts(s.asked) &&
    isCounts(s.achieved) &&
    isCounts(s.riskOutcome) &&
    (r === undefined || (isObject(r) && isCounts(r.goals))) &&
    (c === undefined || (isObject(c) && isCounts(c.unableToAchieve))) &&
    isObject(l) &&
    isCounts(l.findings) &&
    isCount(l.textsScored) &&
    Array.isArray(l.readingEase) &&
    l.readingEase.length === READING_EASE_BANDS.length &&
    l.readingEase.every(isCount) &&
    Array.isArray(unusable) &&
    unusable.length <= KEEP_UNUSABLE &&
    unusable.every((u) => isPlace(u) && isText(u.reason))
  );
}
