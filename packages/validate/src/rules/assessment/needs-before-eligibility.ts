import type { Assessment, Need } from '@goodday/schemas';
import { pointer } from '../../json-pointer.js';
import type { Rule } from '../../rule.js';
import { atOrBefore, formatDate } from '../time.js';

/** The needs a determination relies on: those it names, or every need when it names none. */
export function needsReliedOn(record: Assessment): Array<{ need: Need; index: number }> {
  const named = new Set([
    ...(record.eligibility?.unableToAchieve ?? []).flatMap((u) => u.needIds ?? []),
    ...(record.eligibility?.eligibleNeedIds ?? []),
  ]);
  return (record.needs ?? [])
    .map((need, index) => ({ need, index }))
    .filter(({ need }) => named.size === 0 || named.has(need.id));
}

export const needsBeforeEligibility: Rule<Assessment> = {
  id: 'assessment/needs-before-eligibility',
  title: 'Needs before eligibility',
  kind: 'assessment',
  severity: 'error',
  stage: 'draft',
  message:
    'An eligibility determination is recorded only after every need it relies on has been described by the person, with its impact on their wellbeing.',
  hint: 'Record the need and its impact on wellbeing in the person\'s words first, then make (or re-make) the eligibility determination.',
  source: 'HICM action card 4.1; Care Act 2014 s13(1)',
  *check(record) {
    const determination = record.eligibility;
    if (!determination) return;
    for (const { need, index } of needsReliedOn(record)) {
      const parts: Array<[string, string | undefined, string[]]> = [
        ['description in the person\'s words', need.inPersonsWords?.recordedAt, ['needs', String(index), 'inPersonsWords']],
        ['impact on wellbeing', need.wellbeingImpact?.inPersonsWords.recordedAt, ['needs', String(index), 'wellbeingImpact']],
      ];
      for (const [what, recordedAt, path] of parts) {
        if (atOrBefore(recordedAt, determination.determinedAt)) continue;
        // A need with no words of the person at all is reported once, by needs-in-persons-words.
        if (recordedAt === undefined && path[2] === 'inPersonsWords') continue;
        yield {
          path: pointer(...path),
          message:
            recordedAt === undefined
              ? `Eligibility was determined (${formatDate(determination.determinedAt)}) but need ${need.id} has no ${what}: record it, then revisit the determination.`
              : `Need ${need.id}'s ${what} was recorded on ${formatDate(recordedAt)}, after eligibility was determined (${formatDate(determination.determinedAt)}): eligibility must come last, so revisit the determination.`,
        };
      }
    }
  },
};
