import { codeLabel } from '@goodday/schemas';
import type { Violation } from '../rule.js';

/** The parts of a record that say whether the person needs, and has, support to be involved. */
export interface Involvement {
  readonly substantialDifficulty?: { readonly areas: readonly string[] };
  readonly appropriatePerson?: unknown;
  readonly advocacy?: { readonly involved: boolean };
}

/** The areas of substantial difficulty the record names; empty when there are none or none are recorded. */
export const difficultyAreas = (record: Involvement): readonly string[] => record.substantialDifficulty?.areas ?? [];

/**
 * The advocacy duty shared by assessments (Care Act s67) and safeguarding enquiries (s68): substantial
 * difficulty in being involved, and no appropriate person, means an independent advocate.
 */
export function* advocateNeeded(record: Involvement): Iterable<Violation> {
  const areas = difficultyAreas(record);
  if (areas.length === 0 || record.appropriatePerson || record.advocacy?.involved === true) return;
  yield {
    path: '/substantialDifficulty',
    message: `The person would have substantial difficulty in ${areas.map((a) => codeLabel('SubstantialDifficultyArea', a)).join('; and in ')}; they have no appropriate person to support them, but no independent advocate is involved: arrange one and record it in advocacy.`,
  };
}
