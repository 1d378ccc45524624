import type { Rule } from '../../rule.js';
import { adviceWhenNotEligible } from './advice-when-not-eligible.js';
import { advocacy } from './advocacy.js';
import { combinedConsent } from './combined-consent.js';
import { contingency } from './contingency.js';
import { eligibilityConditions } from './eligibility-conditions.js';
import { listenedAsPartner } from './listened-as-partner.js';
import { needsBeforeEligibility } from './needs-before-eligibility.js';
import { needsInCarersWords } from './needs-in-carers-words.js';
import { outcomesWanted } from './outcomes-wanted.js';
import { wellbeingImpact } from './wellbeing-impact.js';
import { wholeFamily } from './whole-family.js';
import { willingAndAble } from './willing-and-able.js';
import { workEducationLeisure } from './work-education-leisure.js';

/** Every rule for a carer's assessment, in catalogue order: `@goodday/validate/carers-assessment` needs only these. */
export const rules: readonly Rule[] = [
  needsBeforeEligibility,
  needsInCarersWords,
  willingAndAble,
  wellbeingImpact,
  outcomesWanted,
  workEducationLeisure,
  wholeFamily,
  combinedConsent,
  eligibilityConditions,
  adviceWhenNotEligible,
  advocacy,
  contingency,
  listenedAsPartner,
];
