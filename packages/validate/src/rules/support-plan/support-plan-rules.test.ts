import type { SupportPlan } from '@goodday/schemas';
import { describe, expect, it } from 'vitest';
import { completePlan, time } from '../../../test/support-plan-fixture.js';
import { validate } from '../../validate.js';

interface Case {
  readonly name: string;
  readonly change: (p: SupportPlan) => void;
  /** The rule that must fire, or undefined when the change must keep the plan clean. */
  readonly fires?: string;
  readonly path?: string;
  readonly severity?: 'error' | 'warning';
}

const arrangement = (p: SupportPlan, i: number, j: number) => p.needsToBeMet![i]!.arrangements![j]!;
const jean = (p: SupportPlan) => arrangement(p, 1, 0);

// Each case changes one thing in a plan that passes every rule, and says which rule (if any) must fire.
const cases: Case[] = [
  // network-agreement
  { name: 'family support without their willingness', change: (p) => delete jean(p).willing, fires: 'support-plan/network-agreement', path: '/needsToBeMet/1/arrangements/0' },
  { name: 'family support they are not willing to give', change: (p) => (jean(p).willing!.agreed = false), fires: 'support-plan/network-agreement', path: '/needsToBeMet/1/arrangements/0' },
  { name: 'family support without the person\'s agreement, in a draft', change: (p) => { p.status = 'draft'; delete jean(p).personAgreed; }, fires: 'support-plan/network-agreement', path: '/needsToBeMet/1/arrangements/0' },
  { name: 'family support the person did not agree to', change: (p) => (jean(p).personAgreed!.agreed = false), fires: 'support-plan/network-agreement', path: '/needsToBeMet/1/arrangements/0' },
  { name: 'equipment needs no one\'s willingness', change: (p) => { delete arrangement(p, 0, 0).willing; delete arrangement(p, 0, 0).personAgreed; } },

  // risk-enablement
  { name: 'a risk without the person\'s view', change: (p) => delete p.risks![0]!.personsView, fires: 'support-plan/risk-enablement', path: '/risks/0', severity: 'warning' },
  { name: 'a risk without how it is enabled', change: (p) => delete p.risks![0]!.howEnabled, fires: 'support-plan/risk-enablement', path: '/risks/0', severity: 'warning' },
  { name: 'a risk without what could go well is still fine', change: (p) => delete p.risks![0]!.whatCouldGoWell },

  // person-agreed
  { name: 'no agreement recorded', change: (p) => delete p.agreement, fires: 'support-plan/person-agreed', path: '' },
  { name: 'not agreed, with no reason or steps', change: (p) => (p.agreement = { agreed: false, recordedAt: time(7) }), fires: 'support-plan/person-agreed', path: '/agreement' },
  { name: 'not agreed, with a reason but no steps', change: (p) => (p.agreement = { agreed: false, recordedAt: time(7), reasonNotAgreed: 'Wants to think about the care worker.' }), fires: 'support-plan/person-agreed', path: '/agreement' },
  { name: 'not agreed, with the reason and the steps taken', change: (p) => (p.agreement = { agreed: false, recordedAt: time(7), reasonNotAgreed: 'Wants to meet the care worker first.', stepsTaken: 'Meeting arranged for Friday with her friend Jean there.' }) },
  { name: 'a draft not yet agreed', change: (p) => { p.status = 'draft'; delete p.agreement; } },

  // prevention-advice
  { name: 'no advice at all', change: (p) => delete p.advice, fires: 'support-plan/prevention-advice', path: '' },
  { name: 'no advice on prevention', change: (p) => (p.advice = p.advice!.filter((a) => a.topic !== 'preventing-or-delaying-needs')), fires: 'support-plan/prevention-advice', path: '' },
  { name: 'a draft with no advice yet', change: (p) => { p.status = 'draft'; delete p.advice; } },

  // choice-of-support
  { name: 'no record of what was offered', change: (p) => delete p.personalBudget!.offered, fires: 'support-plan/choice-of-support', path: '/personalBudget', severity: 'warning' },
  { name: 'an individual service fund not offered', change: (p) => (p.personalBudget!.offered!.individualServiceFund = false), fires: 'support-plan/choice-of-support', path: '/personalBudget', severity: 'warning' },
  { name: 'a council-managed budget not offered is fine', change: (p) => (p.personalBudget!.offered!.councilManaged = false) },
];

describe('support plan rules', () => {
  it('leave the fixture plan clean', () => {
    expect(validate(completePlan()).findings).toEqual([]);
  });

  it.each(cases.map((c) => [c.name, c]))('%s', (_, c) => {
    const plan = completePlan();
    c.change(plan);
    const report = validate(plan);
    if (!c.fires) {
      expect(report.findings).toEqual([]);
      return;
    }
    expect([...new Set(report.findings.map((f) => f.ruleId))]).toEqual([c.fires]);
    for (const finding of report.findings) {
      expect(finding).toMatchObject({ path: c.path, severity: c.severity ?? 'error' });
      expect(finding.message).toMatch(/^[A-Z].*\.$/);
    }
    expect(report.valid).toBe((c.severity ?? 'error') !== 'error');
  });

  it('never change the plan they check', () => {
    const plan = completePlan();
    plan.agreement = { agreed: false, recordedAt: time(7) };
    const before = structuredClone(plan);
    validate(Object.freeze(plan));
    expect(plan).toEqual(before);
  });
});
