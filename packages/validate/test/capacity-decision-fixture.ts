import type { CapacityDecision } from '@goodday/schemas';

const at = (day: number, hour = 10) => `2026-05-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;
const words = (text: string, day: number) => ({ text, describedBy: 'person' as const, recordedAt: at(day) });
const social = { role: 'social worker' };
const finding = (met: boolean, evidence: string) => ({ met, evidence, recordedAt: at(11, 11) });

/**
 * A complete capacity decision that passes every rule: Mrs K lacks capacity to decide where to live after
 * hospital, and the best-interests decision is the less restrictive one. Tests change one thing at a time.
 */
export function lacksCapacityDecision(): CapacityDecision {
  return {
    $schema: 'https://goodday.dev/schemas/capacity-decision/1.1.0.json',
    id: 'MCA-TEST-1',
    status: 'complete',
    person: { preferredName: 'Mrs K' },
    decision: {
      asPutToPerson: 'Where would you like to live when you leave hospital: back home with carers visiting, or at Elm Court?',
      matter: 'where-to-live',
      category: 'long-term-accommodation',
      whoDecides: 'Mrs K; if she cannot, her social worker as decision-maker',
    },
    assessedAt: at(11, 10),
    assessor: social,
    reasonToDoubt: { text: 'On the ward Mrs K has asked several times where she is, and has not remembered talking about going home.', recordedAt: at(10, 9) },
    importantTo: [words('My cat Tibbles, and my own chair by the window.', 10)],
    importantFor: [{ text: 'Help with her tablets four times a day, and not falling at night.', recordedAt: at(10) }],
    relevantInformation: {
      options: [
        { id: 'opt-home', option: 'Home, with carers four times a day', consequences: 'She may fall at night; a sensor would call for help.' },
        { id: 'opt-elm', option: 'Elm Court care home', consequences: 'Staff day and night; Tibbles could not come.' },
      ],
      howGiven: 'In short sentences, with photographs of Elm Court, over two mornings.',
      recordedAt: at(10),
    },
    practicableSteps: [
      { id: 'step-1', kind: 'time-and-place', what: 'Talked in the morning in the day room, when she is brightest, with her glasses and hearing aid in.', takenAt: at(10, 10) },
      { id: 'step-2', kind: 'people-who-help', what: 'Her daughter Sue joined the second conversation.', takenAt: at(11, 10) },
    ],
    functionalTest: {
      understand: finding(true, 'She explained in her own words what the carers would do and what Elm Court is.'),
      retain: finding(false, 'An hour later she did not remember her falls at night or talking about them.'),
      useOrWeigh: finding(false, 'She could not weigh the falls at night against being at home, as she did not recall them.'),
      communicate: finding(true, 'She told us clearly that she wants to go home.'),
    },
    impairment: {
      description: 'Vascular dementia, diagnosed in 2024.',
      causativeLink: 'Her dementia means she cannot hold on to what happened at night long enough to weigh it.',
      recordedAt: at(11, 12),
    },
    conclusion: {
      outcome: 'lacks-capacity',
      reasons: 'Mrs K cannot retain the information about her falls at night, or weigh it against wanting to be at home, because of her dementia.',
      concludedAt: at(11, 13),
      concludedBy: social,
    },
    bestInterests: {
      capacityMayReturn: { likely: false },
      canWait: { canWait: false, reasons: 'She is well enough to leave hospital now.' },
      stepsToHelpTakePart: 'She visited home with the occupational therapist and showed us how she gets to the bathroom.',
      wishesAndFeelings: words('I want to be at home with Tibbles.', 11),
      beliefsAndValues: 'She has always been independent and private, and does not like to be fussed over.',
      consulted: [{ id: 'con-1', relationship: 'daughter', name: 'Sue', views: 'Mum would hate a care home; she would rather take the risk at home.', consultedAt: at(12) }],
      someoneAppropriateToConsult: true,
      options: [
        { id: 'bi-home', option: 'Home, with four care visits a day and a falls sensor at night', benefits: 'Her home, her cat, her routines.', burdens: 'Some risk of falling at night.', lessRestrictive: true },
        { id: 'bi-elm', option: 'Elm Court care home', benefits: 'Staff at night.', burdens: 'She would lose her home and Tibbles, and she says she would be miserable.' },
      ],
      lessRestrictiveConsidered: 'Home with care and a sensor meets the purpose of keeping her safe enough, with far less restriction.',
      decision: 'Mrs K goes home with four care visits a day, a falls sensor at night, and Tibbles. Reviewed in six weeks.',
      decisionMaker: social,
      reasons: 'It is what she wants and has always valued, and the sensor and carers make the night-time risk one she would accept.',
      decidedAt: at(13),
    },
  };
}

export const time = at;
