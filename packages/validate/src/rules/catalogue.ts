import type { Rule } from '../rule.js';
import { adviceWhenNotEligible } from './assessment/advice-when-not-eligible.js';
import { advocacy } from './assessment/advocacy.js';
import { consentBeforeContactingNetwork } from './assessment/consent-before-contacting-network.js';
import { eligibilityConditions } from './assessment/eligibility-conditions.js';
import { goodDay } from './assessment/good-day.js';
import { needsBeforeEligibility } from './assessment/needs-before-eligibility.js';
import { needsInPersonsWords } from './assessment/needs-in-persons-words.js';
import { outcomesWanted } from './assessment/outcomes-wanted.js';
import { presentedBack } from './assessment/presented-back.js';
import { strengths } from './assessment/strengths.js';
import { wellbeingImpact } from './assessment/wellbeing-impact.js';
import { bestInterestsChecklist } from './capacity-decision/best-interests-checklist.js';
import { bestInterestsOnlyIfLacking } from './capacity-decision/best-interests-only-if-lacking.js';
import { functionalTestFirst } from './capacity-decision/functional-test-first.js';
import { imca } from './capacity-decision/imca.js';
import { importantToAndFor } from './capacity-decision/important-to-and-for.js';
import { oneDecision } from './capacity-decision/one-decision.js';
import { practicableStepsFirst } from './capacity-decision/practicable-steps-first.js';
import { reasonToDoubt } from './capacity-decision/reason-to-doubt.js';
import { unwiseIsNotIncapacity } from './capacity-decision/unwise-is-not-incapacity.js';
import { safeguardingAdvocacy } from './safeguarding-enquiry/advocacy.js';
import { capacityRecorded } from './safeguarding-enquiry/capacity-recorded.js';
import { outcomesAchieved } from './safeguarding-enquiry/outcomes-achieved.js';
import { outcomesAskedFirst } from './safeguarding-enquiry/outcomes-asked-first.js';
import { outcomesInPersonsWords } from './safeguarding-enquiry/outcomes-in-persons-words.js';
import { personInvolved } from './safeguarding-enquiry/person-involved.js';
import { personsViewAtClose } from './safeguarding-enquiry/persons-view-at-close.js';
import { riskOutcome } from './safeguarding-enquiry/risk-outcome.js';
import { s42Conditions } from './safeguarding-enquiry/s42-conditions.js';
import { basedOnAssessment } from './support-plan/based-on-assessment.js';
import { choiceOfSupport } from './support-plan/choice-of-support.js';
import { directPayments } from './support-plan/direct-payments.js';
import { goalsInPersonsWords } from './support-plan/goals-in-persons-words.js';
import { howNeedsAreMet } from './support-plan/how-needs-are-met.js';
import { networkAgreement } from './support-plan/network-agreement.js';
import { personAgreed } from './support-plan/person-agreed.js';
import { personalBudget } from './support-plan/personal-budget.js';
import { preventionAdvice } from './support-plan/prevention-advice.js';
import { reviewDate } from './support-plan/review-date.js';
import { riskEnablement } from './support-plan/risk-enablement.js';
import { strengthsAndCommunityFirst } from './support-plan/strengths-and-community-first.js';

/** Every rule Good Day checks, in catalogue order. */
export const rules: readonly Rule[] = [
  needsBeforeEligibility,
  needsInPersonsWords,
  wellbeingImpact,
  goodDay,
  strengths,
  outcomesWanted,
  eligibilityConditions,
  consentBeforeContactingNetwork,
  advocacy,
  adviceWhenNotEligible,
  presentedBack,
  basedOnAssessment,
  goalsInPersonsWords,
  howNeedsAreMet,
  strengthsAndCommunityFirst,
  networkAgreement,
  personalBudget,
  directPayments,
  riskEnablement,
  personAgreed,
  reviewDate,
  preventionAdvice,
  choiceOfSupport,
  s42Conditions,
  outcomesAskedFirst,
  outcomesInPersonsWords,
  safeguardingAdvocacy,
  capacityRecorded,
  outcomesAchieved,
  riskOutcome,
  personsViewAtClose,
  personInvolved,
  oneDecision,
  reasonToDoubt,
  practicableStepsFirst,
  functionalTestFirst,
  unwiseIsNotIncapacity,
  bestInterestsOnlyIfLacking,
  bestInterestsChecklist,
  imca,
  importantToAndFor,
];

// Records at these statuses are finished, so the rules for completion apply to them too.
const COMPLETE_STATUSES = new Set(['complete', 'concluded']);

/**
 * The rules that apply to a record of this kind at this status, in catalogue order: every rule for the kind
 * when the record is complete or concluded, otherwise only those that apply at every stage. A validator looks
 * them up for every record, so the lists are made once.
 */
export function rulesFor(kind: string, status?: unknown): readonly Rule[] {
  const lists = byKind.get(kind);
  if (!lists) return [];
  return typeof status === 'string' && COMPLETE_STATUSES.has(status) ? lists.complete : lists.draft;
}

const byKind = new Map<string, { complete: Rule[]; draft: Rule[] }>();
for (const rule of rules) {
  let lists = byKind.get(rule.kind);
  if (!lists) byKind.set(rule.kind, (lists = { complete: [], draft: [] }));
  lists.complete.push(rule);
  if (rule.stage !== 'complete') lists.draft.push(rule);
}
