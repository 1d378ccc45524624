// The one check every kind's rule tests make of a record changed in one way: exactly the rule named fires, at its path
// and severity, with plain messages; or, for a change that breaks nothing, no finding at all.
import { expect } from 'vitest';
import type { Report } from '../src/report.js';

/** A change to a clean record, and the rule it should break (none: it should stay clean). */
export interface RuleCase<R> {
  readonly name: string;
  readonly change: (record: R) => void;
  readonly fires?: string;
  /** Where every finding points; a list when the change breaks the rule in more than one place. */
  readonly path?: string | readonly string[];
  readonly severity?: 'error' | 'warning';
}

/** Applies the case to a fresh clean record, validates it, and checks the report against the case. */
export function expectRuleCase<R>(c: RuleCase<R>, clean: () => R, validate: (record: R) => Report): void {
  const record = clean();
  c.change(record);
  const report = validate(record);
  if (!c.fires) {
    expect(report.findings).toEqual([]);
    return;
  }
  expect([...new Set(report.findings.map((f) => f.ruleId))]).toEqual([c.fires]);
  const paths = typeof c.path === 'string' ? [c.path] : (c.path ?? []);
  expect([...new Set(report.findings.map((f) => f.path))].sort()).toEqual([...paths].sort());
  for (const finding of report.findings) {
    expect(finding.severity).toBe(c.severity ?? 'error');
    expect(finding.message).toMatch(/^[A-Z].*\.$/);
  }
  expect(report.valid).toBe((c.severity ?? 'error') !== 'error');
}
