import { lint } from '@goodday/language';
import { forEachPractitionerText, isGoodDayInputError, rules, validate } from '@goodday/validate';
import type { ReadItem } from './read.js';
import { emptySummary, READING_EASE_BANDS, type Summary } from './summary.js';

const COMPLETE = new Set(['complete', 'concluded']);
const STRUCTURE = 'structure';

function readingEaseBand(score: number): number {
  const floors = [30, 50, 60, 70, 80, 90];
  const band = floors.findIndex((floor) => score < floor);
  return band === -1 ? READING_EASE_BANDS.length - 1 : band;
}

/** Adds one read item to the summary (changing it): a record's rules, safeguarding outcomes and language, or why it could not be used. */
export function auditItem(summary: Summary, item: ReadItem): void {
  if ('error' in item) {
    addUnusable(summary, item.source, item.error);
    return;
  }
  const record = item.value;
  let report;
  try {
    report = validate(record);
  } catch (error) {
    if (!isGoodDayInputError(error)) throw error;
    addUnusable(summary, item.source, error.message);
    return;
  }
  summary.records++;
  const status = String((record as { status?: unknown }).status ?? 'unknown');
  const versions = (summary.byKind[report.kind] ??= {});
  const statuses = (versions[report.version] ??= {});
  statuses[status] = (statuses[status] ?? 0) + 1;

  const failed = new Set(report.findings.map((f) => f.ruleId));
  const structureFailed = report.findings.some((f) => f.ruleId.startsWith('structure/'));
  tally(summary, STRUCTURE, !structureFailed);
  // Rules run only on structurally sound records; a rule for completion only on complete or concluded ones.
  if (!structureFailed) {
    const complete = COMPLETE.has(status);
    for (const rule of rules) {
      if (rule.kind !== report.kind || (rule.stage === 'complete' && !complete)) continue;
      tally(summary, rule.id, !failed.has(rule.id));
    }
  }

  for (const finding of report.findings) {
    if (!finding.ruleId.startsWith('language/')) continue;
    const entry = finding.ruleId.slice('language/'.length);
    summary.language.findings[entry] = (summary.language.findings[entry] ?? 0) + 1;
  }
  const texts: string[] = [];
  forEachPractitionerText(record, (text) => texts.push(/[.!?]\s*$/.test(text) ? text : `${text}.`));
  if (texts.length > 0) {
    const ease = lint(texts.join('\n'), { disable: ['long-sentence'] }).readability?.fleschReadingEase;
    if (ease !== null && ease !== undefined) {
      summary.language.readingEase[readingEaseBand(ease)]!++;
      summary.language.textsScored++;
    }
  }

  if (report.kind === 'safeguarding-enquiry' && status === 'concluded' && !structureFailed) {
    // As the Safeguarding Adults Collection counts them: concluded enquiries.
    const enquiry = record as { makingSafeguardingPersonal?: { asked?: string; outcomes?: { achieved?: string }[] }; conclusion?: { riskOutcome?: string } };
    const count = (into: Record<string, number>, code: string) => (into[code] = (into[code] ?? 0) + 1);
    count(summary.safeguarding.asked, enquiry.makingSafeguardingPersonal?.asked ?? 'not-recorded');
    for (const outcome of enquiry.makingSafeguardingPersonal?.outcomes ?? []) if (outcome.achieved) count(summary.safeguarding.achieved, outcome.achieved);
    if (enquiry.conclusion?.riskOutcome) count(summary.safeguarding.riskOutcome, enquiry.conclusion.riskOutcome);
  }
}

function tally(summary: Summary, ruleId: string, passed: boolean): void {
  const t = (summary.rules[ruleId] ??= { applied: 0, passed: 0, failed: 0 });
  t.applied++;
  if (passed) t.passed++;
  else t.failed++;
}

function addUnusable(summary: Summary, source: ReadItem['source'], reason: string): void {
  summary.unusableCount++;
  if (summary.unusable.length < 100) summary.unusable.push({ ...source, reason: reason.split('\n')[0]! });
}

/** Audits every item read, holding one record at a time; resolves to the summary. */
export async function audit(items: AsyncIterable<ReadItem> | Iterable<ReadItem>): Promise<Summary> {
  const summary = emptySummary();
  for await (const item of items) auditItem(summary, item);
  return summary;
}
