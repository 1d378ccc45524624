import type { Rule } from '../rule.js';

// Records at these statuses are finished, so the rules for completion apply to them too.
const COMPLETE_STATUSES = new Set(['complete', 'concluded']);

/** Looks up the rules for a record of a kind at a status; see `rulesFor`. */
export type RulesFor = (kind: string, status?: unknown) => readonly Rule[];

/**
 * Makes `rulesFor` over a list of rules: every rule for the kind when the record is complete or concluded,
 * otherwise only those that apply at every stage, in the list's order. A validator looks them up for every
 * record, so the lists are made once.
 */
export function rulesByStatus(rules: readonly Rule[]): RulesFor {
  const byKind = new Map<string, { complete: Rule[]; draft: Rule[] }>();
  for (const rule of rules) {
    let lists = byKind.get(rule.kind);
    if (!lists) byKind.set(rule.kind, (lists = { complete: [], draft: [] }));
    lists.complete.push(rule);
    if (rule.stage !== 'complete') lists.draft.push(rule);
  }
  return (kind, status) => {
    const lists = byKind.get(kind);
    if (!lists) return [];
    return typeof status === 'string' && COMPLETE_STATUSES.has(status) ? lists.complete : lists.draft;
  };
}
