import type { Rule } from '../../rule.js';
import { advocacy } from './advocacy.js';
import { basedOnPlan } from './based-on-plan.js';
import { carerInvolved } from './carer-involved.js';
import { changeLeadsToAction } from './change-leads-to-action.js';
import { outcomesAchieved } from './outcomes-achieved.js';
import { personsViewFirst } from './persons-view-first.js';
import { reasonRecorded } from './reason-recorded.js';
import { timing } from './timing.js';

/** Every rule for a review, in catalogue order: `@goodday/validate/review` needs only these. */
export const rules: readonly Rule[] = [basedOnPlan, personsViewFirst, reasonRecorded, outcomesAchieved, changeLeadsToAction, carerInvolved, timing, advocacy];
