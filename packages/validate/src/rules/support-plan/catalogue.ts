import type { Rule } from '../../rule.js';
import { basedOnAssessment } from './based-on-assessment.js';
import { choiceOfSupport } from './choice-of-support.js';
import { directPayments } from './direct-payments.js';
import { goalsInPersonsWords } from './goals-in-persons-words.js';
import { howNeedsAreMet } from './how-needs-are-met.js';
import { networkAgreement } from './network-agreement.js';
import { personAgreed } from './person-agreed.js';
import { personalBudget } from './personal-budget.js';
import { preventionAdvice } from './prevention-advice.js';
import { reviewDate } from './review-date.js';
import { riskEnablement } from './risk-enablement.js';
import { strengthsAndCommunityFirst } from './strengths-and-community-first.js';

/** Every rule for a support plan, in catalogue order: `@goodday/validate/support-plan` needs only these. */
export const rules: readonly Rule[] = [
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
];
