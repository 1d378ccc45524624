import { recordKinds } from '@goodday/schemas';
import { rulesByKind } from '../generated/rules.js';
import type { Rule } from '../rule.js';
import { rulesByStatus } from './by-status.js';

/** Every rule Good Day checks, in catalogue order: each kind's own catalogue, kind by kind in the registry's order. */
export const rules: readonly Rule[] = recordKinds.flatMap((kind) => rulesByKind[kind] ?? []);

/**
 * The rules that apply to a record of this kind at this status, in catalogue order: every rule for the kind
 * when the record is complete or concluded, otherwise only those that apply at every stage. A validator looks
 * them up for every record, so the lists are made once.
 */
export const rulesFor: (kind: string, status?: unknown) => readonly Rule[] = rulesByStatus(rules);
