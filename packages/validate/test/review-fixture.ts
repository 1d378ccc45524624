import type { Review } from '@goodday/schemas';

export const at = (day: number, hour = 10) => `2026-05-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;
const words = (text: string, hour: number) => ({ text, describedBy: 'person' as const, recordedAt: at(12, hour) });

/** A small complete review that passes every rule; tests change one thing at a time. It reviews completePlan() (PLAN-TEST-1). */
export function completeReview(): Review {
  return {
    $schema: 'https://goodday.dev/schemas/review/1.0.0.json',
    id: 'REV-TEST-1',
    status: 'complete',
    reviewOf: { planId: 'PLAN-TEST-1', planVersion: '1.1.0', planAgreedAt: at(1), firstReview: true },
    reviewType: 'planned',
    reviewReason: 'planned',
    reviewedAt: at(12, 10),
    method: 'service-user-and-carer',
    carer: { hasCarer: true, relationship: 'my son Tom', tookPart: true, recordedAt: at(12, 10) },
    whatIsWorking: words('The baths are lovely, and I get to the Tuesday club.', 11),
    whatIsNotWorking: words('Nothing really. Saturdays are a bit long.', 11),
    goals: [{ goalId: 'goal-1', met: 'partially-met' }],
    changes: { needsChanged: false, circumstancesChanged: false, recordedAt: at(12, 11) },
    practitionerView: { text: 'The plan is working for her.', recordedAt: at(12, 12) },
    result: { outcome: 'no-change', personalBudget: 'unchanged', decidedAt: at(12, 12) },
    nextReviewDate: '2027-05-11',
  };
}
