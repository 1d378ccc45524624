import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRecord, rules, validate } from '@goodday/validate';

const here = import.meta.dirname;
const kinds = readdirSync(here, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const examples = kinds.flatMap((kind) =>
  readdirSync(join(here, kind))
    .filter((f) => f.endsWith('.json'))
    .map((file) => ({ kind, file, record: parseRecord(readFileSync(join(here, kind, file))) })),
);

const breaking = /^(invalid|warning)-/;
const ruleNamed = (kind: string, file: string) => `${kind}/${file.replace(breaking, '').slice(0, -'.json'.length)}`;

describe.each(kinds)('example %s records', (kind) => {
  const ofKind = examples.filter((e) => e.kind === kind);
  // labelled-*.json: valid records whose practitioner text uses labels, for the language linter to find.
  const labelled = ofKind.filter((e) => e.file.startsWith('labelled-'));
  const valid = ofKind.filter((e) => !breaking.test(e.file) && !e.file.startsWith('labelled-'));
  // invalid-<rule>.json breaks an error rule, warning-<rule>.json a warning rule: the name says which.
  const invalid = ofKind.filter((e) => breaking.test(e.file));

  it.each(valid.map((e) => [e.file, e]))('%s is valid with no findings at all', (_, { record }) => {
    expect(validate(record)).toMatchObject({ valid: true, kind, findings: [] });
  });

  it.each(labelled.map((e) => [e.file, e]))('%s is valid, with language warnings on its practitioner text only', (_, { record }) => {
    const report = validate(record);
    expect(report.valid).toBe(true);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const finding of report.findings) expect(finding).toMatchObject({ ruleId: expect.stringMatching(/^language\//), severity: 'warning' });
  });

  it.each(invalid.map((e) => [e.file, e]))('%s breaks the rule it is named after, and no other', (file, { record }) => {
    const ruleId = ruleNamed(kind, file);
    const report = validate(record);
    expect([...new Set(report.findings.map((f) => f.ruleId))]).toEqual([ruleId]);
    expect(report.valid).toBe(rules.find((r) => r.id === ruleId)!.severity !== 'error');
    expect(file.startsWith(report.valid ? 'warning-' : 'invalid-')).toBe(true);
  });

  it('include a breaking example for every rule of the kind', () => {
    const named = invalid.map((e) => ruleNamed(kind, e.file)).sort();
    expect(named).toEqual(rules.filter((r) => r.kind === kind).map((r) => r.id).sort());
  });

  it('include at least two complete (or concluded) valid records and a valid draft (or open record)', () => {
    const statuses = valid.map((e) => (e.record as { status: string }).status);
    expect(statuses.filter((s) => s === 'complete' || s === 'concluded').length).toBeGreaterThanOrEqual(2);
    expect(statuses.some((s) => s === 'draft' || s === 'open')).toBe(true);
  });
});

describe('example support plans, checked against the example assessments they build on', () => {
  const assessments = examples.filter((e) => e.kind === 'assessment' && !breaking.test(e.file) && !e.file.startsWith('labelled-')).map((e) => e.record);
  const plans = examples.filter((e) => e.kind === 'support-plan');

  it.each(plans.filter((e) => !breaking.test(e.file)).map((e) => [e.file, e]))('%s agrees with its assessment', (_, { record }) => {
    const report = validate(record, { context: { related: assessments }, language: false });
    expect(report).toMatchObject({ valid: true, findings: [] });
  });

  it('invalid-based-on-assessment.json names the need its assessment does not find eligible', () => {
    const plan = plans.find((e) => e.file === 'invalid-based-on-assessment.json')!.record;
    const report = validate(plan, { context: { related: assessments } });
    expect(report.findings.map((f) => [f.ruleId, f.path])).toEqual([['support-plan/based-on-assessment', '/needsToBeMet/2/needId']]);
    expect(report.findings[0]!.message).toContain('need-2');
  });
});

describe('example safeguarding enquiries', () => {
  type Enquiry = { status: string; makingSafeguardingPersonal?: { outcomes?: { achieved?: string }[] }; conclusion?: { riskOutcome?: string; whyRiskRemains?: { reason: string } } };
  const concluded = examples
    .filter((e) => e.kind === 'safeguarding-enquiry' && !breaking.test(e.file))
    .map((e) => e.record as Enquiry)
    .filter((r) => r.status === 'concluded');

  it('include one whose outcomes were all fully achieved', () => {
    expect(concluded.some((r) => { const outcomes = r.makingSafeguardingPersonal?.outcomes ?? []; return outcomes.length > 0 && outcomes.every((o) => o.achieved === 'fully-achieved'); })).toBe(true);
  });

  it('include one where risk remains by the person\'s informed choice', () => {
    expect(concluded.some((r) => r.conclusion?.riskOutcome === 'risk-remained' && r.conclusion.whyRiskRemains?.reason === 'persons-choice')).toBe(true);
  });
});

describe('example reviews, checked against the example plans they review', () => {
  const plans = examples.filter((e) => e.kind === 'support-plan' && !breaking.test(e.file) && !e.file.startsWith('labelled-')).map((e) => e.record);
  const reviews = examples.filter((e) => e.kind === 'review');
  type Review = { status: string; reviewType?: string; reviewReason?: string; reviewOf?: { firstReview?: boolean }; goals?: { met?: string }[]; result?: { outcome?: string } };
  const complete = reviews.filter((e) => !breaking.test(e.file)).map((e) => e.record as Review).filter((r) => r.status === 'complete');

  it.each(reviews.filter((e) => !breaking.test(e.file)).map((e) => [e.file, e]))('%s agrees with its plan', (_, { record }) => {
    const report = validate(record, { context: { related: plans }, language: false });
    expect(report).toMatchObject({ valid: true, findings: [] });
  });

  it('include a first review where things work, an annual review that revises the plan for a goal not met, and an unplanned review after a hospital stay that leads to reassessment', () => {
    expect(complete.some((r) => r.reviewOf?.firstReview === true && r.result?.outcome === 'no-change')).toBe(true);
    expect(complete.some((r) => r.reviewType === 'planned' && r.reviewOf?.firstReview === false && r.result?.outcome === 'revise-plan' && r.goals?.some((g) => g.met === 'not-met'))).toBe(true);
    expect(complete.some((r) => r.reviewReason === 'unplanned-hospital' && r.result?.outcome === 'reassess')).toBe(true);
  });
});

describe("example carers' assessments, checked against the example assessments of the people they care for", () => {
  const assessments = examples.filter((e) => e.kind === 'assessment' && !breaking.test(e.file) && !e.file.startsWith('labelled-')).map((e) => e.record);
  const carers = examples.filter((e) => e.kind === 'carers-assessment');
  type Carer = { status: string; format?: string; carer?: { ageRange?: string }; caresFor?: { assessmentId?: string; personRef?: string }[]; household?: { members: { isChild?: boolean; helpsWithCaring?: boolean }[] }; workEducationLeisure?: { works?: boolean }; eligibility?: { eligible: boolean } };
  const complete = carers.filter((e) => !breaking.test(e.file)).map((e) => e.record as Carer).filter((r) => r.status === 'complete');

  it.each(carers.filter((e) => !breaking.test(e.file)).map((e) => [e.file, e]))('%s agrees with the assessments given', (_, { record }) => {
    const report = validate(record, { context: { related: assessments }, language: false });
    expect(report).toMatchObject({ valid: true, findings: [] });
  });

  it('name the people cared for as their own assessments do, where those are among the examples', () => {
    const people = new Map(assessments.map((a) => [(a as { id: string }).id, (a as { person?: { personRef?: string } }).person?.personRef]));
    const linked = complete.flatMap((r) => r.caresFor ?? []).filter((p) => p.assessmentId && people.has(p.assessmentId));
    expect(linked.length).toBeGreaterThanOrEqual(2);
    for (const p of linked) expect(p.personRef).toBe(people.get(p.assessmentId!));
  });

  it('include a daughter working full time, an older husband in an assessment combined with his wife\'s, and a young adult with a child at home who helps', () => {
    expect(complete.some((r) => r.workEducationLeisure?.works === true && r.eligibility?.eligible === false)).toBe(true);
    expect(complete.some((r) => r.format === 'combined' && r.carer?.ageRange === '65-84')).toBe(true);
    expect(complete.some((r) => r.carer?.ageRange === '18-24' && r.household?.members.some((m) => m.isChild && m.helpsWithCaring))).toBe(true);
  });
});
