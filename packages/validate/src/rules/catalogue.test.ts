import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules, rulesFor } from './catalogue.js';

// The rule catalogue in DESIGN.md: id, severity, stage.
const designCatalogue = [
  ['assessment/needs-before-eligibility', 'error', 'draft'],
  ['assessment/needs-in-persons-words', 'error', 'draft'],
  ['assessment/wellbeing-impact', 'error', 'complete'],
  ['assessment/good-day', 'error', 'complete'],
  ['assessment/strengths', 'error', 'complete'],
  ['assessment/outcomes-wanted', 'error', 'complete'],
  ['assessment/eligibility-conditions', 'error', 'draft'],
  ['assessment/consent-before-contacting-network', 'error', 'draft'],
  ['assessment/advocacy', 'error', 'draft'],
  ['assessment/advice-when-not-eligible', 'error', 'draft'],
  ['assessment/presented-back', 'warning', 'complete'],
  ['support-plan/based-on-assessment', 'error', 'draft'],
  ['support-plan/goals-in-persons-words', 'error', 'draft'],
  ['support-plan/how-needs-are-met', 'error', 'complete'],
  ['support-plan/strengths-and-community-first', 'warning', 'draft'],
  ['support-plan/network-agreement', 'error', 'draft'],
  ['support-plan/personal-budget', 'error', 'complete'],
  ['support-plan/direct-payments', 'error', 'draft'],
  ['support-plan/risk-enablement', 'warning', 'draft'],
  ['support-plan/person-agreed', 'error', 'complete'],
  ['support-plan/review-date', 'error', 'complete'],
  ['support-plan/prevention-advice', 'error', 'complete'],
  ['support-plan/choice-of-support', 'warning', 'draft'],
  ['safeguarding-enquiry/s42-conditions', 'error', 'draft'],
  ['safeguarding-enquiry/outcomes-asked-first', 'error', 'draft'],
  ['safeguarding-enquiry/outcomes-in-persons-words', 'error', 'draft'],
  ['safeguarding-enquiry/advocacy', 'error', 'draft'],
  ['safeguarding-enquiry/capacity-recorded', 'error', 'complete'],
  ['safeguarding-enquiry/outcomes-achieved', 'error', 'complete'],
  ['safeguarding-enquiry/risk-outcome', 'error', 'complete'],
  ['safeguarding-enquiry/persons-view-at-close', 'warning', 'complete'],
  ['safeguarding-enquiry/person-involved', 'warning', 'draft'],
  ['capacity-decision/one-decision', 'error', 'draft'],
  ['capacity-decision/reason-to-doubt', 'warning', 'draft'],
  ['capacity-decision/practicable-steps-first', 'error', 'draft'],
  ['capacity-decision/functional-test-first', 'error', 'draft'],
  ['capacity-decision/unwise-is-not-incapacity', 'warning', 'draft'],
  ['capacity-decision/best-interests-only-if-lacking', 'error', 'draft'],
  ['capacity-decision/best-interests-checklist', 'error', 'draft'],
  ['capacity-decision/imca', 'error', 'draft'],
  ['capacity-decision/important-to-and-for', 'warning', 'draft'],
  ['review/based-on-plan', 'error', 'draft'],
  ['review/persons-view-first', 'error', 'draft'],
  ['review/reason-recorded', 'error', 'draft'],
  ['review/outcomes-achieved', 'error', 'complete'],
  ['review/change-leads-to-action', 'error', 'draft'],
  ['review/carer-involved', 'warning', 'draft'],
  ['review/timing', 'warning', 'complete'],
  ['review/advocacy', 'error', 'draft'],
  ['carers-assessment/needs-before-eligibility', 'error', 'draft'],
  ['carers-assessment/needs-in-carers-words', 'error', 'draft'],
  ['carers-assessment/willing-and-able', 'error', 'complete'],
  ['carers-assessment/wellbeing-impact', 'error', 'complete'],
  ['carers-assessment/outcomes-wanted', 'error', 'complete'],
  ['carers-assessment/work-education-leisure', 'error', 'complete'],
  ['carers-assessment/whole-family', 'error', 'complete'],
  ['carers-assessment/combined-consent', 'error', 'draft'],
  ['carers-assessment/eligibility-conditions', 'error', 'draft'],
  ['carers-assessment/advice-when-not-eligible', 'error', 'draft'],
  ['carers-assessment/advocacy', 'error', 'draft'],
  ['carers-assessment/contingency', 'warning', 'complete'],
  ['carers-assessment/listened-as-partner', 'warning', 'draft'],
];

describe('the rule catalogue', () => {
  it('has exactly the rules of the design catalogue, with their severities and stages', () => {
    expect(rules.map((r) => [r.id, r.severity, r.stage])).toEqual(designCatalogue);
  });

  it.each([...new Set(rules.map((r) => r.kind))])('lists every %s rule, and only those, in catalogue order in the kind\'s own catalogue', async (kind) => {
    const own: { rules: readonly { id: string }[] } = await import(`./${kind}/catalogue.ts`);
    expect(own.rules.map((r) => r.id)).toEqual(rules.filter((r) => r.kind === kind).map((r) => r.id));
  });

  it.each([...new Set(rules.map((r) => r.kind))])('keeps one file per %s rule, named after the rule', (kind) => {
    const files = readdirSync(join(import.meta.dirname, kind))
      // Beside the rules, each kind's catalogue.ts lists them for `@goodday/validate/<kind>`.
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'catalogue.ts')
      .map((f) => `${kind}/${f.slice(0, -3)}`);
    expect(files.sort()).toEqual(rules.filter((r) => r.kind === kind).map((r) => r.id).sort());
  });

  it('gives every rule a kind matching its id, a plain message, a hint and a source', () => {
    for (const rule of rules) {
      expect(rule.id.startsWith(`${rule.kind}/`), rule.id).toBe(true);
      expect(rule.message, rule.id).toMatch(/^[A-Z].+\.$/);
      expect(rule.hint, rule.id).toMatch(/^[A-Z].+\.$/);
      expect(rule.source.length, rule.id).toBeGreaterThan(5);
    }
  });
});

describe('rulesFor', () => {
  it('gives a complete or concluded record every rule for its kind, and any other only those for every stage, in catalogue order', () => {
    for (const kind of ['assessment', 'support-plan', 'safeguarding-enquiry', 'capacity-decision']) {
      const all = rules.filter((r) => r.kind === kind);
      expect(all.length).toBeGreaterThan(0);
      expect(rulesFor(kind, 'complete')).toEqual(all);
      expect(rulesFor(kind, 'concluded')).toEqual(all);
      for (const status of ['draft', 'open', undefined, 7]) expect(rulesFor(kind, status)).toEqual(all.filter((r) => r.stage !== 'complete'));
    }
  });

  it('leaves something out for a draft: some kind has rules for completion only', () => {
    expect(rules.filter((r) => r.stage === 'complete').every((r) => !rulesFor(r.kind, 'draft').includes(r))).toBe(true);
    expect(rules.some((r) => r.stage === 'complete')).toBe(true);
  });

  it('gives no rules for a kind Good Day does not know', () => {
    expect(rulesFor('care-home-review', 'complete')).toEqual([]);
  });
});
