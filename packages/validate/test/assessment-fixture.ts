import type { Assessment } from '@goodday/schemas';

const at = (day: number, hour = 10) => `2026-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;
const words = (text: string, day: number) => ({ text, describedBy: 'person' as const, recordedAt: at(day) });

/** A small complete assessment that passes every rule; tests change one thing at a time. */
export function completeAssessment(): Assessment {
  return {
    $schema: 'https://goodday.dev/schemas/assessment/1.1.0.json',
    id: 'ASM-TEST-1',
    status: 'complete',
    goodDay: words('Up by nine, a walk to the shop for my paper, and a natter with Jean over the fence.', 2),
    importantTo: [words('Staying in my own home with my cat.', 2)],
    strengths: [{ id: 'str-1', text: 'Knows everyone on the street', type: 'asset', sphere: 'network', recordedAt: at(2) }],
    network: [
      {
        id: 'net-1',
        relationship: 'my neighbour Jean',
        contactAgreed: { agreed: true, recordedAt: at(2, 11) },
        consultedAt: at(3),
      },
    ],
    needs: [
      {
        id: 'need-1',
        inPersonsWords: words('Getting in and out of the bath has got too hard since my fall.', 2),
        practitionerDescription: { text: 'Would like support to bathe safely and keep her routine.', recordedAt: at(2) },
        wellbeingImpact: { inPersonsWords: words('I feel grubby and I stopped going to the club.', 2), areas: ['personal-dignity'] },
      },
      {
        id: 'need-2',
        inPersonsWords: words('I can\'t carry the shopping up the hill any more.', 2),
        wellbeingImpact: { inPersonsWords: words('The cupboards get bare and I worry.', 2), areas: ['physical-and-mental-health'] },
      },
    ],
    outcomesWanted: [{ id: 'out-1', inPersonsWords: words('To get back to the Tuesday club.', 2) }],
    substantialDifficulty: { areas: [], recordedAt: at(2) },
    presentedBack: { presentedAt: at(4), personConfirmed: true },
    eligibility: {
      determinedAt: at(5),
      needsAriseFromImpairmentOrIllness: true,
      unableToAchieve: [
        { outcome: 'maintaining-personal-hygiene', limbs: ['endangers-health-or-safety'], needIds: ['need-1'] },
        { outcome: 'managing-and-maintaining-nutrition', limbs: ['without-assistance'], needIds: ['need-2'] },
      ],
      significantImpactOnWellbeing: true,
      eligible: true,
      eligibleNeedIds: ['need-1', 'need-2'],
      reasons: 'Two outcomes cannot be achieved without help, and this is having a big effect on how you feel and on your health.',
    },
  };
}

export const time = at;
