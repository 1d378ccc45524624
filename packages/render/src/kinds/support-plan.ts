import type { SupportPlan } from '@goodday/schemas';
import type { ViewContext } from '../view.js';

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** What the plan template shows. */
export function supportPlanView(record: SupportPlan, v: ViewContext) {
  const s = v.strings['support-plan'];
  const budget = record.personalBudget;
  // -0 is zero: "-£0.00" would read as a debt.
  const money = (n: number | undefined) => (n === undefined ? undefined : v.text(pounds.format(n === 0 ? 0 : n)));
  return {
    headings: { goals: v.fill(s.goals), needs: v.fill(s.needs), budget: v.fill(s.budget), risks: v.fill(s.risks), contingency: v.fill(s.contingency), advice: v.fill(s.advice) },
    goals: (record.goals ?? []).map((g) => v.words(g.inPersonsWords)).filter(Boolean),
    needs: (record.needsToBeMet ?? []).map((need) => ({
      summary: v.text(need.summary),
      arrangements: (need.arrangements ?? []).map((a) => ({ by: v.fill(s.by[a.by]), what: v.text(a.what), when: a.when ? `${v.fill(s.when)}: ${v.text(a.when)}` : '' })),
    })),
    budget: budget
      ? {
          explained: v.fill(s.budgetExplained),
          rows: [
            [v.fill(s.costToCouncil), money(budget.costToCouncil)],
            [v.fill(s.yourPart), money(budget.personContribution)],
            [v.fill(s.councilPart), money(budget.councilAmount)],
          ].filter(([, value]) => value !== undefined).map(([label, value]) => ({ label, value })),
          directPayment: budget.howTaken === 'direct-payment' ? v.fill(s.directPayment) : undefined,
        }
      : undefined,
    risks: (record.risks ?? []).map((r) => ({ description: v.text(r.description), view: v.words(r.personsView), howEnabled: r.howEnabled ? `${v.fill(s.howEnabled)}: ${v.text(r.howEnabled)}` : '' })),
    contingency: record.contingency ? v.text(record.contingency.text) : undefined,
    agreement: record.agreement ? (record.agreement.agreed ? v.fill(s.agreed, { date: v.date(record.agreement.recordedAt) }) : v.fill(s.notAgreed)) : undefined,
    review: record.reviewDate ? v.fill(s.review, { date: v.date(record.reviewDate) }) : undefined,
    advice: (record.advice ?? []).map((a) => v.text(a.text)),
  };
}
