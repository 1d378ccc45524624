import type { CapacityDecision } from '@goodday/schemas';
import { pointer } from '../../json-pointer.js';
import type { Rule } from '../../rule.js';
import { formatDate, isAfter } from '../time.js';

export const practicableStepsFirst: Rule<CapacityDecision> = {
  id: 'capacity-decision/practicable-steps-first',
  title: 'Practicable steps first',
  kind: 'capacity-decision',
  severity: 'error',
  stage: 'draft',
  message: 'The steps taken to help the person decide are recorded at or before the conclusion; a conclusion that the person lacks capacity follows at least one.',
  hint: 'Before concluding, try what would help the person decide (a better time or place, aids, easy read, someone they trust), and record each step with when.',
  source: 'Mental Capacity Act 2005 s1(3)',
  *check(record) {
    const conclusion = record.conclusion;
    const steps = record.practicableSteps ?? [];
    if (conclusion?.outcome === 'lacks-capacity' && steps.length === 0) {
      yield { path: '/conclusion', message: 'The person is found to lack capacity, but no step to help them decide is recorded: a person is not treated as unable to decide until all practicable steps have been tried.' };
      return;
    }
    if (!conclusion) return;
    for (const [i, step] of steps.entries()) {
      if (isAfter(step.takenAt, conclusion.concludedAt)) {
        yield {
          path: pointer('practicableSteps', i),
          message: `Step ${step.id} was taken on ${formatDate(step.takenAt)}, after the conclusion on ${formatDate(conclusion.concludedAt)}: help the person first, then conclude, and reassess if a later step helps.`,
        };
      }
    }
  },
};
