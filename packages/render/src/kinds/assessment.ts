import type { Assessment } from '@goodday/schemas';
import type { ViewContext } from '../view.js';

/** What the assessment template shows: only what the record holds, so a draft's empty parts are left out. */
export function assessmentView(record: Assessment, v: ViewContext) {
  const s = v.strings.assessment;
  const eligibility = record.eligibility;
  return {
    headings: { goodDay: v.fill(s.goodDay), importantTo: v.fill(s.importantTo), strengths: v.fill(s.strengths), needs: v.fill(s.needs), outcomes: v.fill(s.outcomes), advocacy: v.fill(s.advocacy), eligibility: v.fill(s.eligibility), advice: v.fill(s.advice), next: v.fill(s.next) },
    goodDay: v.words(record.goodDay),
    importantTo: (record.importantTo ?? []).map((w) => v.words(w)),
    strengths: (record.strengths ?? []).map((st) => v.text(st.text)),
    people: (record.network ?? []).map((p) => v.text([p.name, p.relationship].filter(Boolean).join(', '))),
    needs: (record.needs ?? []).map((need) => ({
      words: v.words(need.inPersonsWords),
      impact: v.words(need.wellbeingImpact?.inPersonsWords),
      impactHeading: v.fill(s.impact),
      areas: (need.wellbeingImpact?.areas ?? []).map((a) => v.label('WellbeingArea', a)),
    })),
    outcomes: (record.outcomesWanted ?? []).map((o) => v.words(o.inPersonsWords)).filter(Boolean),
    advocacy: record.advocacy?.involved ? { explained: v.fill(s.advocacyExplained), organisation: v.text(record.advocacy.organisation) } : undefined,
    eligibility: eligibility
      ? { explained: v.fill(s.eligibilityExplained), decision: v.fill(eligibility.eligible ? s.eligible : s.notEligible), reasons: v.text(eligibility.reasons), date: v.date(eligibility.determinedAt) }
      : undefined,
    advice: (record.advice ?? []).map((a) => v.text(a.text)),
    next: record.status === 'complete' ? v.fill(s.nextText) : undefined,
  };
}
