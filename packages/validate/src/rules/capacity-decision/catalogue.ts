import type { Rule } from '../../rule.js';
import { bestInterestsChecklist } from './best-interests-checklist.js';
import { bestInterestsOnlyIfLacking } from './best-interests-only-if-lacking.js';
import { functionalTestFirst } from './functional-test-first.js';
import { imca } from './imca.js';
import { importantToAndFor } from './important-to-and-for.js';
import { oneDecision } from './one-decision.js';
import { practicableStepsFirst } from './practicable-steps-first.js';
import { reasonToDoubt } from './reason-to-doubt.js';
import { unwiseIsNotIncapacity } from './unwise-is-not-incapacity.js';

/** Every rule for a capacity decision, in catalogue order: `@goodday/validate/capacity-decision` needs only these. */
export const rules: readonly Rule[] = [
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
