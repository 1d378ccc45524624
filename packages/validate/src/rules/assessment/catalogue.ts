import type { Rule } from '../../rule.js';
import { adviceWhenNotEligible } from './advice-when-not-eligible.js';
import { advocacy } from './advocacy.js';
import { consentBeforeContactingNetwork } from './consent-before-contacting-network.js';
import { eligibilityConditions } from './eligibility-conditions.js';
import { goodDay } from './good-day.js';
import { needsBeforeEligibility } from './needs-before-eligibility.js';
import { needsInPersonsWords } from './needs-in-persons-words.js';
import { outcomesWanted } from './outcomes-wanted.js';
import { presentedBack } from './presented-back.js';
import { strengths } from './strengths.js';
import { wellbeingImpact } from './wellbeing-impact.js';

/** Every rule for an assessment, in catalogue order: `@goodday/validate/assessment` needs only these. */
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
];
