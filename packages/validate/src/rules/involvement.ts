import { codeLabel } from '@goodday/schemas';
import type { Violation } from '../rule.js';
import { fromVersion } from './version.js';

/** What a record says about the person it names as their appropriate person. */
interface AppropriatePerson {
  readonly personAgreed?: boolean;
  readonly inBestInterests?: boolean;
  readonly paidOrProfessional?: boolean;
}

/** The parts of a record that say whether the person needs, and has, support to be involved. */
export interface Involvement {
  readonly $schema?: unknown;
  readonly substantialDifficulty?: { readonly areas: readonly string[] };
  readonly appropriatePerson?: AppropriatePerson;
  readonly advocacy?: { readonly involved: boolean };
}

/** The areas of substantial difficulty the record names; empty when there are none or none are recorded. */
export const difficultyAreas = (record: Involvement): readonly string[] => record.substantialDifficulty?.areas ?? [];

/**
 * Why the appropriate person named cannot be one, or undefined when they can (or none is named). From 1.1.0 a record
 * says whether they are paid or professional, and whether the person agreed or it is in their best interests
 * (Care Act s67(5)–(6)); a 1.0.0 record cannot, so there the person named counts.
 */
export function whyNotAppropriate(record: Involvement): string | undefined {
  const person = record.appropriatePerson;
  if (!person || !fromVersion(record, '1.1.0')) return undefined;
  // Never the relationship itself: a finding does not quote what the record says.
  if (person.paidOrProfessional === true) return 'the appropriate person named is paid or professionally engaged in their care or treatment, so cannot be one';
  if (person.personAgreed !== true && person.inBestInterests !== true) {
    return 'the record does not say that the person agreed to the appropriate person named supporting them, or, if they cannot agree, that the council is satisfied it is in their best interests';
  }
  return undefined;
}

/**
 * The advocacy duty shared by assessments (Care Act s67) and safeguarding enquiries (s68): substantial
 * difficulty in being involved, and no appropriate person, means an independent advocate.
 */
export function* advocateNeeded(record: Involvement): Iterable<Violation> {
  const areas = difficultyAreas(record);
  if (areas.length === 0 || record.advocacy?.involved === true) return;
  const notAppropriate = whyNotAppropriate(record);
  if (record.appropriatePerson && !notAppropriate) return;
  const difficulty = `The person would have substantial difficulty in ${areas.map((a) => codeLabel('SubstantialDifficultyArea', a)).join('; and in ')}`;
  yield notAppropriate
    ? { path: '/appropriatePerson', message: `${difficulty}, and ${notAppropriate}; no independent advocate is involved: record why the appropriate person qualifies, or arrange an advocate and record it in advocacy.` }
    : { path: '/substantialDifficulty', message: `${difficulty}; they have no appropriate person to support them, but no independent advocate is involved: arrange one and record it in advocacy.` };
}
