import type { Review } from '@goodday/schemas';
import type { ViewContext } from '../view.js';

/** What the review template shows. */
export function reviewView(record: Review, v: ViewContext) {
  const s = v.strings.review;
  const carer = record.carer;
  const carerName = carer?.relationship ?? '';
  const result = record.result;
  const budget = result?.personalBudget;
  return {
    headings: { why: v.fill(s.why), who: v.fill(s.who), working: v.fill(s.working), notWorking: v.fill(s.notWorking), goals: v.fill(s.goals), changes: v.fill(s.changes), ourView: v.fill(s.ourView), next: v.fill(s.next) },
    why: record.reviewReason || record.reviewedAt
      ? {
          reason: record.reviewReason ? v.fill(s.reason[record.reviewReason]) : '',
          detail: record.reviewType === 'unplanned' ? v.text(record.reasonDetail) : '',
          when: record.reviewedAt ? v.fill(s.reviewedOn, { date: v.date(record.reviewedAt) }) : '',
        }
      : undefined,
    who: [
      v.fill(s.you),
      ...(carer?.hasCarer && carerName && carer.tookPart !== undefined ? [v.fill(carer.tookPart ? s.carerTookPart : s.carerDidNot, { who: carerName })] : []),
      ...(record.othersInvolved ?? []).map((p) => v.text(p.relationship)),
    ],
    advocate: record.advocacy?.involved ? v.fill(s.advocate) : undefined,
    working: v.words(record.whatIsWorking),
    notWorking: v.words(record.whatIsNotWorking),
    goals: (record.goals ?? []).map((g) => ({ summary: v.text(g.summary), met: g.met ? v.fill(s.met[g.met]) : '', words: v.words(g.inPersonsWords) })).filter((g) => g.summary || g.words),
    changes: record.changes
      ? { none: record.changes.needsChanged || record.changes.circumstancesChanged ? '' : v.fill(s.noChanges), words: v.words(record.changes.inPersonsWords) }
      : undefined,
    ourView: record.practitionerView ? v.text(record.practitionerView.text) : undefined,
    next: result
      ? {
          outcome: v.fill(s.outcome[result.outcome]),
          whatWillChange: v.text(result.whatWillChange),
          reassessOn: result.reassessmentArrangedFor ? v.fill(s.reassessOn, { date: v.date(result.reassessmentArrangedFor) }) : '',
          budget: budget === 'unchanged' ? v.fill(s.budgetSame) : budget === 'increased' ? v.fill(s.budgetUp) : budget === 'reduced' ? v.fill(s.budgetDown) : '',
          agreed: result.personAgreed?.agreed ? v.fill(s.agreed, { date: v.date(result.personAgreed.recordedAt) }) : '',
        }
      : undefined,
    nextReview: record.nextReviewDate ? v.fill(s.nextReview, { date: v.date(record.nextReviewDate) }) : undefined,
  };
}
