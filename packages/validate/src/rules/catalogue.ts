import type { Rule } from '../rule.js';
import { rules as assessment } from './assessment/catalogue.js';
import { rulesByStatus } from './by-status.js';
import { rules as capacityDecision } from './capacity-decision/catalogue.js';
import { rules as safeguardingEnquiry } from './safeguarding-enquiry/catalogue.js';
import { rules as supportPlan } from './support-plan/catalogue.js';

/** Every rule Good Day checks, in catalogue order: each kind's own catalogue, kind by kind. */
export const rules: readonly Rule[] = [...assessment, ...supportPlan, ...safeguardingEnquiry, ...capacityDecision];

/**
 * The rules that apply to a record of this kind at this status, in catalogue order: every rule for the kind
 * when the record is complete or concluded, otherwise only those that apply at every stage. A validator looks
 * them up for every record, so the lists are made once.
 */
export const rulesFor: (kind: string, status?: unknown) => readonly Rule[] = rulesByStatus(rules);
