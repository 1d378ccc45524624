import type { SafeguardingEnquiry } from '@goodday/schemas';
import type { ViewContext } from '../view.js';

/** What the enquiry template shows. */
export function safeguardingEnquiryView(record: SafeguardingEnquiry, v: ViewContext) {
  const s = v.strings['safeguarding-enquiry'];
  const msp = record.makingSafeguardingPersonal;
  const conclusion = record.conclusion;
  return {
    headings: { concern: v.fill(s.concern), whatYouWant: v.fill(s.whatYouWant), advocacy: v.fill(s.advocacy), actions: v.fill(s.actions), meetings: v.fill(s.meetings), outcome: v.fill(s.outcome), yourView: v.fill(s.yourView) },
    concern: record.concern ? { raised: v.fill(s.concernRaised, { date: v.date(record.concern.raisedAt) }), summary: v.text(record.concern.summary), explained: v.fill(s.enquiryExplained) } : undefined,
    outcomes: (msp?.outcomes ?? []).map((o) => ({ words: v.words(o.inPersonsWords), achieved: o.achieved ? v.fill(s.achieved[o.achieved]) : '' })).filter((o) => o.words),
    notAsked: msp ? undefined : v.fill(s.notAsked),
    advocacy: record.advocacy?.involved ? { explained: v.fill(s.advocacyExplained), organisation: v.text(record.advocacy.organisation) } : undefined,
    actions: (record.actions ?? []).map((a) => ({ date: v.date(a.at), what: v.text(a.what) })),
    meetings: (record.meetings ?? []).map((m) => ({ date: v.date(m.heldAt), purpose: v.text(m.purpose), invited: v.fill(m.personInvited ? s.invited : s.notInvited) })),
    conclusion: conclusion
      ? {
          risk: conclusion.riskOutcome ? v.fill(s.riskOutcome[conclusion.riskOutcome]) : '',
          choice: conclusion.whyRiskRemains?.reason === 'persons-choice' ? v.fill(s.yourChoice) : '',
          why: v.text(conclusion.whyRiskRemains?.explanation),
          view: v.words(conclusion.personsView),
        }
      : undefined,
  };
}
