import type { SupportPlan } from '@goodday/schemas';

const at = (day: number, hour = 10) => `2026-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;
const words = (text: string, day: number) => ({ text, describedBy: 'person' as const, recordedAt: at(day) });

/**
 * A small complete plan that passes every rule; tests change one thing at a time. It builds on
 * completeAssessment() (ASM-TEST-1, whose needs need-1 and need-2 are eligible).
 */
export function completePlan(): SupportPlan {
  return {
    $schema: 'https://goodday.dev/schemas/support-plan/1.1.0.json',
    id: 'PLAN-TEST-1',
    status: 'complete',
    basedOn: { assessmentId: 'ASM-TEST-1', assessmentVersion: '1.1.0', eligibleNeedIds: ['need-1', 'need-2'] },
    preparedAt: at(6),
    goals: [{ id: 'goal-1', inPersonsWords: words('To have a proper bath again and get back to the Tuesday club.', 6), needIds: ['need-1'], wellbeingAreas: ['personal-dignity'] }],
    needsToBeMet: [
      {
        needId: 'need-1',
        arrangements: [
          { id: 'arr-1', by: 'technology-or-equipment', what: 'A bath lift, fitted by the equipment service.', when: 'fitted by 20 March', equipment: 'bath lift', fundedBy: 'no-cost' },
          { id: 'arr-2', by: 'paid-support', what: 'A care worker helps her bathe.', when: 'Monday and Thursday mornings', provider: 'Homecare North', fundedBy: 'council' },
        ],
      },
      {
        needId: 'need-2',
        arrangements: [
          {
            id: 'arr-3',
            by: 'family-or-friends',
            what: 'Jean brings the heavy shopping up from the Co-op.',
            when: 'Saturday mornings',
            supporter: { relationship: 'my neighbour Jean' },
            willing: { agreed: true, recordedAt: at(6) },
            personAgreed: { agreed: true, recordedAt: at(6) },
            fundedBy: 'no-cost',
          },
        ],
      },
    ],
    personalBudget: {
      period: 'week',
      costToCouncil: 84,
      personContribution: 20.5,
      councilAmount: 63.5,
      howTaken: 'direct-payment',
      directPayment: { needIds: ['need-1'], amount: 63.5, frequency: 'four-weeks' },
      offered: { directPayment: true, councilManaged: true, individualServiceFund: true },
      recordedAt: at(6),
    },
    risks: [
      {
        id: 'risk-1',
        description: 'She may slip getting out of the bath on the days without help.',
        personsView: words('I\'d rather take the chance than only have a bath twice a week.', 6),
        whatCouldGoWell: 'She stays independent and feels like herself.',
        howEnabled: 'Bath lift, a grab rail, and a pendant alarm she wears in the bathroom.',
        recordedAt: at(6),
      },
    ],
    contingency: { text: 'If Jean is away, the Co-op delivers on Saturdays; the care agency covers bathing if a worker is off.', recordedAt: at(6) },
    agreement: { agreed: true, recordedAt: at(7) },
    isFirstPlan: true,
    reviewDate: '2026-04-28',
    advice: [
      { topic: 'meeting-or-reducing-needs', text: 'The Co-op delivers shopping on Saturdays for a small charge.', givenAt: at(6) },
      { topic: 'preventing-or-delaying-needs', text: 'A strength and balance class at the leisure centre can help prevent falls.', givenAt: at(6) },
    ],
  };
}

export const time = at;
