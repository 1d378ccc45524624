import type { Rule } from '../../rule.js';
import { safeguardingAdvocacy } from './advocacy.js';
import { capacityRecorded } from './capacity-recorded.js';
import { outcomesAchieved } from './outcomes-achieved.js';
import { outcomesAskedFirst } from './outcomes-asked-first.js';
import { outcomesInPersonsWords } from './outcomes-in-persons-words.js';
import { personInvolved } from './person-involved.js';
import { personsViewAtClose } from './persons-view-at-close.js';
import { riskOutcome } from './risk-outcome.js';
import { s42Conditions } from './s42-conditions.js';

/** Every rule for a safeguarding enquiry, in catalogue order: `@goodday/validate/safeguarding-enquiry` needs only these. */
export const rules: readonly Rule[] = [
  s42Conditions,
  outcomesAskedFirst,
  outcomesInPersonsWords,
  safeguardingAdvocacy,
  capacityRecorded,
  outcomesAchieved,
  riskOutcome,
  personsViewAtClose,
  personInvolved,
];
