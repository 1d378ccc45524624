import { getSchema, type RecordKind } from '@goodday/schemas';
import { isGoodDayInputError, rulesFor, validate } from '@goodday/validate';
import type { ReadItem, Source } from './item.js';
import { sha256Hex } from './sha256.js';
import { emptySummary, firstByPlace, KEEP_EXAMPLES, readingEaseBand, wouldKeep, type RuleTally, type Summary } from './summary.js';

const INPUT_PROBLEMS: Record<string, string> = {
  'not-an-object': 'not a JSON object',
  'no-schema': 'no "$schema"',
  'unknown-schema': 'its "$schema" is not a Good Day record schema',
  'too-deep': 'nested too deeply',
  'too-many-values': 'too many values',
  'too-large': 'too large',
};
const STRUCTURE = 'structure';

// A record that fails its schema can hold anything in "id" or "status": only a real id or a status its schema
// allows is reported, since anything else may be the record's own text (or "constructor", a key of every object).
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const usableId = (id: unknown): string => (typeof id === 'string' && id.length <= 128 && ID.test(id) ? id : '');
/** Where a record whose status is not one its schema allows is counted. */
export const NOT_A_KNOWN_STATUS = 'not a known status';
const statusCache = new Map<string, ReadonlySet<string>>();
function usableStatus(kind: RecordKind, version: string, status: unknown): string {
  let known = statusCache.get(`${kind}@${version}`);
  if (!known) {
    const branches = (getSchema(kind, version)?.properties?.status as { oneOf?: { const?: unknown }[] } | undefined)?.oneOf ?? [];
    statusCache.set(`${kind}@${version}`, (known = new Set(branches.map((b) => String(b.const)))));
  }
  return typeof status === 'string' && known.has(status) ? status : NOT_A_KNOWN_STATUS;
}

export interface AuditOptions {
  /** Refer to records by a SHA-256 hash of their id rather than the id itself. */
  readonly hashIds?: boolean;
  /** Put each failing example's finding message in the summary: an explicit opt-in, as it can quote practitioners' text. */
  readonly includeText?: boolean;
}

/** Adds one read item to the summary (changing it): a record's rules, safeguarding outcomes and language, or why it could not be used. */
export function auditItem(summary: Summary, item: ReadItem, options: AuditOptions = {}): void {
  if ('error' in item) {
    addUnusable(summary, item.source, item.error);
    return;
  }
  const record = item.value;
  let report;
  try {
    report = validate(record, { readability: true });
  } catch (error) {
    if (!isGoodDayInputError(error)) throw error;
    // By its code, not its message: a message can quote the record (its "$schema"), and reports hold no record text.
    addUnusable(summary, item.source, INPUT_PROBLEMS[error.code] ?? error.code);
    return;
  }
  summary.records++;
  const status = usableStatus(report.kind, report.version, (record as { status?: unknown }).status);
  const versions = (summary.byKind[report.kind] ??= {});
  const statuses = (versions[report.version] ??= {});
  statuses[status] = (statuses[status] ?? 0) + 1;

  let structureFailed = false;
  for (const f of report.findings) if (f.ruleId.startsWith('structure/')) structureFailed = true;
  // Made only when the record fails something: most records pass most rules, and hashing an id is not free.
  let example: Example | undefined;
  const exampleFor = (ruleId: string): Example => {
    if (!example) {
      const rawId = usableId((record as { id?: unknown }).id);
      example = { id: options.hashIds ? sha256Hex(rawId).slice(0, 16) : rawId, ...item.source };
    }
    const finding = options.includeText ? report.findings.find((f) => (ruleId === STRUCTURE ? f.ruleId.startsWith('structure/') : f.ruleId === ruleId)) : undefined;
    const message = finding?.message;
    return message === undefined ? example : { ...example, message };
  };
  addTally(summary, STRUCTURE, !structureFailed, item.source, exampleFor);
  // Rules run only on structurally sound records; a rule for completion only on complete or concluded ones.
  if (!structureFailed) {
    // Most records fail no rule at all: then nothing needs looking up.
    const failed = report.findings.length === 0 ? undefined : new Set(report.findings.map((f) => f.ruleId));
    for (const rule of rulesFor(report.kind, status)) {
      addTally(summary, rule.id, failed === undefined || !failed.has(rule.id), item.source, exampleFor);
    }
  }

  for (const finding of report.findings) {
    if (!finding.ruleId.startsWith('language/')) continue;
    const entry = finding.ruleId.slice('language/'.length);
    summary.language.findings[entry] = (summary.language.findings[entry] ?? 0) + 1;
  }
  // All the record's practitioner text scored as one, each field its own paragraph, as validate read it.
  const ease = report.readability?.fleschReadingEase ?? null;
  if (ease !== null) {
    summary.language.readingEase[readingEaseBand(ease)]!++;
    summary.language.textsScored++;
  }

  if (report.kind === 'safeguarding-enquiry' && status === 'concluded' && !structureFailed) {
    // As the Safeguarding Adults Collection counts them: concluded enquiries.
    const enquiry = record as { makingSafeguardingPersonal?: { asked?: string; outcomes?: { achieved?: string }[] }; conclusion?: { riskOutcome?: string } };
    const count = (into: Record<string, number>, code: string) => (into[code] = (into[code] ?? 0) + 1);
    count(summary.safeguarding.asked, enquiry.makingSafeguardingPersonal?.asked ?? 'not-recorded');
    for (const outcome of enquiry.makingSafeguardingPersonal?.outcomes ?? []) if (outcome.achieved) count(summary.safeguarding.achieved, outcome.achieved);
    if (enquiry.conclusion?.riskOutcome) count(summary.safeguarding.riskOutcome, enquiry.conclusion.riskOutcome);
  }
  if (report.kind === 'review' && status === 'complete' && !structureFailed) {
    // As Client Level Data reports Review Outcomes Achieved: goal by goal, for completed reviews.
    const review = record as { goals?: { met?: string }[] };
    for (const goal of review.goals ?? []) if (goal.met) summary.review.goals[goal.met] = (summary.review.goals[goal.met] ?? 0) + 1;
  }
  if (report.kind === 'carers-assessment' && status === 'complete' && !structureFailed) {
    // Each carer outcome of reg 3(2)(b) the carer cannot achieve, once per assessment, for completed assessments.
    const carers = record as { eligibility?: { unableToAchieve?: { outcome: string }[] } };
    const counts = summary.carers.unableToAchieve;
    for (const code of new Set((carers.eligibility?.unableToAchieve ?? []).map((u) => u.outcome))) counts[code] = (counts[code] ?? 0) + 1;
  }
}

type Example = NonNullable<RuleTally['examples']>[number];

function addTally(summary: Summary, ruleId: string, passed: boolean, place: Source, exampleFor: (ruleId: string) => Example): void {
  const t = (summary.rules[ruleId] ??= { applied: 0, passed: 0, failed: 0 });
  t.applied++;
  if (passed) {
    t.passed++;
    return;
  }
  t.failed++;
  // Records mostly come in file order: once the list is full, a later one cannot be among the first.
  if (wouldKeep(t.examples ?? [], place, KEEP_EXAMPLES)) t.examples = firstByPlace(t.examples ?? [], [exampleFor(ruleId)], KEEP_EXAMPLES);
}

function addUnusable(summary: Summary, source: ReadItem['source'], reason: string): void {
  summary.unusableCount++;
  // Once the list is full, a later place cannot be among the first: a file of 300,000 non-records is not sorted 300,000 times.
  if (wouldKeep(summary.unusable, source, 100)) summary.unusable = firstByPlace(summary.unusable, [{ ...source, reason: reason.split('\n')[0]! }], 100);
}

/** Audits every item read, holding one record at a time; resolves to the summary. */
export async function audit(items: AsyncIterable<ReadItem> | Iterable<ReadItem>, options: AuditOptions & { onProgress?: (records: number) => void } = {}): Promise<Summary> {
  const summary = emptySummary();
  let seen = 0;
  for await (const item of items) {
    auditItem(summary, item, options);
    if (options.onProgress && ++seen % 500 === 0) options.onProgress(seen);
  }
  return summary;
}
