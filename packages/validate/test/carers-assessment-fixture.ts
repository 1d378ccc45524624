import type { CarersAssessment } from '@goodday/schemas';

export const at = (day: number, hour = 10) => `2026-06-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;
const words = (text: string, hour = 11) => ({ text, describedBy: 'person' as const, recordedAt: at(3, hour) });

/** A small complete carer's assessment that passes every rule; tests change one thing at a time. Its carer cares for the person of completeAssessment() (ASM-TEST-1). */
export function completeCarersAssessment(): CarersAssessment {
  return {
    $schema: 'https://goodday.dev/schemas/carers-assessment/1.0.0.json',
    id: 'CA-TEST-1',
    status: 'complete',
    carer: { preferredName: 'Priya', personRef: 'C-200' },
    caresFor: [{ id: 'cf-1', relationship: 'my mum', personRef: 'P-100', assessmentId: 'ASM-TEST-1', assessmentVersion: '1.1.0', livesWithCarer: false }],
    format: 'face-to-face',
    startedAt: at(3, 10),
    goodDay: words('A swim before work, and an evening where I am not on the phone to Mum.'),
    caringRole: { inCarersWords: words('I do Mum\'s shopping and her tablets, and I go round every evening.'), hoursPerWeek: 20 },
    willingAndAble: { ableNow: true, ableToContinue: true, willingNow: true, willingToContinue: true, inCarersWords: words('I want to keep helping Mum, but not every single night.'), recordedAt: at(3, 11) },
    needs: [
      {
        id: 'need-1',
        inCarersWords: words('I am tired all the time and I have had to drop my hours.'),
        wellbeingImpact: { inCarersWords: words('I have stopped swimming and I miss my friends.'), areas: ['physical-and-mental-health', 'participation-in-work-education-training-or-recreation'] },
      },
    ],
    outcomesWanted: [{ id: 'out-1', inCarersWords: words('Two evenings a week that are mine.') }],
    workEducationLeisure: { works: true, wishesToWork: true, inEducationOrTraining: false, wishesToLearn: false, hasRecreation: false, wishesForRecreation: true, recordedAt: at(3, 11) },
    household: { members: [{ id: 'hh-1', relationship: 'my husband', isChild: false }], recordedAt: at(3, 11) },
    contingency: { plan: 'My brother has a key and would step in.', recordedAt: at(3, 11) },
    viewOfSupport: [{ caredForId: 'cf-1', inCarersWords: words('The morning visits work well; evenings are the gap.') }],
    substantialDifficulty: { areas: [], recordedAt: at(3, 10) },
    eligibility: {
      determinedAt: at(4),
      needsAriseFromProvidingNecessaryCare: true,
      healthAtRisk: true,
      unableToAchieve: [{ outcome: 'engaging-in-recreational-activities', limbs: ['without-assistance'], needIds: ['need-1'] }],
      significantImpactOnWellbeing: true,
      eligible: true,
      eligibleNeedIds: ['need-1'],
      reasons: 'Caring is affecting your health, and you have no time left for the things you enjoy.',
    },
  };
}
