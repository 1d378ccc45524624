import type { CarersAssessment } from '@goodday/schemas';
import type { ViewContext } from '../view.js';

/** What the carer's assessment template shows, spoken to the carer: only what the record holds, so a draft's empty parts are left out. */
export function carersAssessmentView(record: CarersAssessment, v: ViewContext) {
  const s = v.strings['carers-assessment'];
  const caresFor = record.caresFor ?? [];
  const nameOf = (id: string | undefined) => {
    const person = caresFor.find((p) => p.id === id);
    return person ? (person.preferredName ?? person.relationship) : undefined;
  };
  const eligibility = record.eligibility;
  const combinedWith = record.format === 'combined' ? caresFor.find((p) => p.assessmentId === record.combinedWith?.assessmentId) : undefined;
  const willing = record.willingAndAble;
  const work = record.workEducationLeisure;
  const household = record.household;
  return {
    headings: {
      caresFor: v.fill(s.caresFor), goodDay: v.fill(s.goodDay), caring: v.fill(s.caring), willing: v.fill(s.willing), strengths: v.fill(s.strengths), needs: v.fill(s.needs),
      outcomes: v.fill(s.outcomes), work: v.fill(s.work), family: v.fill(s.family), contingency: v.fill(s.contingency), advocacy: v.fill(s.advocacy), eligibility: v.fill(s.eligibility), advice: v.fill(s.advice), next: v.fill(s.next),
    },
    caresFor: caresFor.map((p) => v.text(p.preferredName && !p.relationship.includes(p.preferredName) ? `${p.preferredName} (${p.relationship})` : p.relationship)),
    combined: combinedWith ? v.fill(s.combined, { who: combinedWith.preferredName ?? combinedWith.relationship }) : undefined,
    goodDay: v.words(record.goodDay),
    caring: record.caringRole
      ? { words: v.words(record.caringRole.inCarersWords), hours: record.caringRole.hoursPerWeek === undefined ? '' : v.fill(s.hours, { hours: String(record.caringRole.hoursPerWeek) }) }
      : undefined,
    willing: willing ? { explained: v.fill(s.willingExplained), words: v.words(willing.inCarersWords) } : undefined,
    strengths: [...(record.strengths ?? []).map((st) => v.text(st.text)), ...(record.network ?? []).map((p) => v.text([p.name, p.relationship].filter(Boolean).join(', ')))],
    needs: (record.needs ?? []).map((need) => ({
      words: v.words(need.inCarersWords),
      impact: v.words(need.wellbeingImpact?.inCarersWords),
      impactHeading: v.fill(s.impact),
      areas: (need.wellbeingImpact?.areas ?? []).map((a) => v.label('WellbeingArea', a)),
    })),
    outcomes: (record.outcomesWanted ?? []).map((o) => v.words(o.inCarersWords)).filter(Boolean),
    work: work?.inCarersWords ? v.words(work.inCarersWords) : undefined,
    family: household
      ? {
          members: household.members.filter((m) => m.caredForId === undefined).map((m) => (m.youngCarerSupport ? v.fill(s.familyMember, { who: m.relationship, what: m.youngCarerSupport }) : v.text(m.relationship))),
          words: v.words(household.impactOnFamily),
        }
      : undefined,
    contingency: record.contingency ? { words: v.words(record.contingency.inCarersWords), plan: v.text(record.contingency.plan) } : undefined,
    views: (record.viewOfSupport ?? []).map((view) => ({ heading: v.fill(s.viewOfSupport, { who: nameOf(view.caredForId) ?? '' }), words: v.words(view.inCarersWords) })),
    advocacy: record.advocacy?.involved ? { explained: v.fill(s.advocacyExplained), organisation: v.text(record.advocacy.organisation) } : undefined,
    eligibility: eligibility
      ? {
          explained: v.fill(s.eligibilityExplained),
          decision: v.fill(eligibility.eligible ? s.eligible : s.notEligible),
          health: eligibility.healthAtRisk ? v.fill(s.healthAtRisk) : '',
          hardToDo: (eligibility.unableToAchieve ?? []).length > 0 ? v.fill(s.hardToDo) : '',
          outcomes: (eligibility.unableToAchieve ?? []).map((u) => v.fill(s.outcome[u.outcome])),
          reasons: v.text(eligibility.reasons),
        }
      : undefined,
    advice: (record.advice ?? []).map((a) => v.text(a.text)),
    next: record.status === 'complete' && eligibility ? v.fill(eligibility.eligible ? s.nextEligible : s.nextNotEligible) : undefined,
  };
}
