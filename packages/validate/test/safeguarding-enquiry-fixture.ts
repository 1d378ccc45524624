import type { SafeguardingEnquiry } from '@goodday/schemas';

const at = (day: number, hour = 10) => `2026-04-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;
const words = (text: string, day: number) => ({ text, describedBy: 'person' as const, recordedAt: at(day) });
const social = { role: 'social worker' };

/** A small concluded section 42 enquiry that passes every rule; tests change one thing at a time. */
export function concludedEnquiry(): SafeguardingEnquiry {
  return {
    $schema: 'https://goodday.dev/schemas/safeguarding-enquiry/1.1.0.json',
    id: 'SGE-TEST-1',
    status: 'concluded',
    person: { preferredName: 'Arthur' },
    enquiryLead: social,
    concern: { raisedAt: at(1), raisedBy: 'bank branch manager', summary: 'Large cash withdrawals each week, with a man who does the talking at the counter.' },
    s42Decision: {
      conditions: [
        { condition: 'has-needs-for-care-and-support', met: true, reasons: 'Arthur has help at home each morning since his stroke.' },
        { condition: 'experiencing-or-at-risk-of-abuse-or-neglect', met: true, reasons: 'Money is being taken that he says he did not mean to give.' },
        { condition: 'unable-to-protect-self', met: true, reasons: 'His memory for money has changed since the stroke, and he finds it hard to say no to a friend.' },
      ],
      enquiryType: 'section-42',
      decidedAt: at(2),
      decidedBy: social,
    },
    risks: [{ id: 'risk-1', type: 'financial-or-material-abuse', location: 'own-home', source: 'other-known-to-individual' }],
    substantialDifficulty: { areas: [], recordedAt: at(3) },
    capacity: { lackedCapacity: 'no', recordedAt: at(3) },
    makingSafeguardingPersonal: {
      asked: 'yes-outcomes-expressed',
      askedAt: at(3),
      outcomes: [{ id: 'out-1', inPersonsWords: words('I want my pension to last the month, and I still want to see Dave at the pub.', 3), achieved: 'fully-achieved' }],
    },
    actions: [
      { id: 'act-1', what: 'Visited Arthur at home to hear what he wants to happen.', by: social, at: at(3) },
      { id: 'act-2', what: 'Arthur and the bank agreed a daily cash limit together.', by: social, at: at(6) },
    ],
    meetings: [{ id: 'meet-1', purpose: 'planning meeting', heldAt: at(5), personInvited: true, personAttended: true }],
    conclusion: {
      concludedAt: at(20),
      riskAssessmentOutcome: 'risk-identified-action-taken',
      riskOutcome: 'risk-removed',
      personsView: words('I feel in charge of my own money again, and Dave still buys his round.', 20),
    },
  };
}

export const time = at;
