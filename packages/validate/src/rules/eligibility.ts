import { pointer } from '../json-pointer.js';
import type { Violation } from '../rule.js';
import type { Speaker } from './persons-words.js';
import { atOrBefore, formatDate } from './time.js';

/** A need as the ordering and eligibility checks read it, in the person's words or a carer's. */
type NeedWords = { readonly recordedAt: string };
export type DeterminedNeed = { readonly id: string; readonly wellbeingImpact?: { readonly [F in Speaker['field']]?: NeedWords } } & { readonly [F in Speaker['field']]?: NeedWords };

/** What a needs or carer's eligibility determination records, whichever regulation it follows. */
export interface Determination {
  readonly determinedAt: string;
  readonly eligible: boolean;
  readonly unableToAchieve?: ReadonlyArray<{ readonly outcome: string; readonly limbs?: readonly string[]; readonly needIds?: readonly string[] }>;
  readonly eligibleNeedIds?: readonly string[];
  readonly reasons?: string;
}

/** The needs a determination relies on, with their places: those it names, or every need when it names none. */
export function needsReliedOn<N extends DeterminedNeed>(needs: readonly N[] | undefined, determination: Determination): Array<{ need: N; index: number }> {
  const named = new Set([...(determination.unableToAchieve ?? []).flatMap((u) => u.needIds ?? []), ...(determination.eligibleNeedIds ?? [])]);
  return (needs ?? []).map((need, index) => ({ need, index })).filter(({ need }) => named.size === 0 || named.has(need.id));
}

/**
 * Eligibility comes last (Care Act s13(1); HICM 4.1): every need the determination relies on, and its impact on
 * wellbeing, in the speaker's words at or before the determination.
 */
export function* needsBeforeDetermination(needs: readonly DeterminedNeed[] | undefined, determination: Determination, speaker: Speaker): Iterable<Violation> {
  const whose = `${speaker.who}'s words`;
  for (const { need, index } of needsReliedOn(needs, determination)) {
    const parts: Array<[string, string | undefined, Array<string | number>, boolean]> = [
      [`description in ${whose}`, need[speaker.field]?.recordedAt, ['needs', index, speaker.field], true],
      ['impact on wellbeing', need.wellbeingImpact?.[speaker.field]?.recordedAt, ['needs', index, 'wellbeingImpact'], false],
    ];
    for (const [what, recordedAt, path, isWords] of parts) {
      if (atOrBefore(recordedAt, determination.determinedAt)) continue;
      // A need with no words at all is reported once, by the rule for needs in the speaker's words.
      if (recordedAt === undefined && isWords) continue;
      yield {
        path: pointer(...path),
        message:
          recordedAt === undefined
            ? `Eligibility was determined (${formatDate(determination.determinedAt)}) but need ${need.id} has no ${what}: record it, then revisit the determination.`
            : `Need ${need.id}'s ${what} was recorded on ${formatDate(recordedAt)}, after eligibility was determined (${formatDate(determination.determinedAt)}): eligibility must come last, so revisit the determination.`,
      };
    }
  }
}

/**
 * What every determination must show whatever the regulation: each outcome not achieved with its reason (limb) and
 * the needs behind it, needs named that the record has, written reasons (Care Act s13(2)), and eligible needs
 * named exactly when the result is eligible. `who` names the adult or carer; `regulation` the limbs' paragraph.
 */
export function* determinationRecorded(needIds: ReadonlySet<string>, e: Determination, who: string, regulation: string): Iterable<Violation> {
  const base = ['eligibility'] as const;
  for (const [i, entry] of (e.unableToAchieve ?? []).entries()) {
    if ((entry.limbs ?? []).length === 0) {
      yield { path: pointer(...base, 'unableToAchieve', i, 'limbs'), message: `Outcome ${entry.outcome} does not say why ${who} cannot achieve it: add the regulation ${regulation} reason (limbs).` };
    }
    if ((entry.needIds ?? []).length === 0) {
      yield { path: pointer(...base, 'unableToAchieve', i, 'needIds'), message: `Outcome ${entry.outcome} does not name the needs behind it: add their ids to needIds.` };
    }
    for (const [j, id] of (entry.needIds ?? []).entries()) {
      if (!needIds.has(id)) {
        yield { path: pointer(...base, 'unableToAchieve', i, 'needIds', j), message: `Outcome ${entry.outcome} names need ${id}, which is not in this assessment: correct the id or record the need.` };
      }
    }
  }
  for (const [j, id] of (e.eligibleNeedIds ?? []).entries()) {
    if (!needIds.has(id)) {
      yield { path: pointer(...base, 'eligibleNeedIds', j), message: `Eligible need ${id} is not in this assessment: correct the id or record the need.` };
    }
  }
  if (!e.reasons) {
    yield { path: pointer(...base), message: `The determination has no written reasons: record the reasons, in plain words, so they can be given to ${who}.` };
  }
}

/** The result against its eligible needs: named when eligible, none when not. Reported after the conditions. */
export function* eligibleNeedsMatchResult(e: Determination, who: string): Iterable<Violation> {
  const Who = who.charAt(0).toUpperCase() + who.slice(1);
  if (e.eligible && (e.eligibleNeedIds ?? []).length === 0) {
    yield { path: '/eligibility/eligibleNeedIds', message: `${Who} is eligible but no eligible needs are named: add their ids to eligibleNeedIds.` };
  }
  if (!e.eligible && (e.eligibleNeedIds ?? []).length > 0) {
    yield { path: '/eligibility/eligibleNeedIds', message: `${Who} is recorded as not eligible, yet needs are named as eligible: correct one or the other.` };
  }
}
