import type { Layout } from '../layout.js';

// Care Act 2014 s27 and HICM action card 4.2: the person says what is working and what is not before the practitioner
// gives a view or decides the result; the result waits for the goals and any change to be heard.
export const reviewLayout: Layout = {
  kind: 'review',
  sections: [
    { id: 'about', title: 'About this review', fields: ['id', 'status', 'person', 'reviewOf', 'reviewType', 'reviewReason', 'reasonDetail', 'reviewedAt', 'reviewedBy'] },
    { id: 'who', title: 'Who took part', fields: ['method', 'carer', 'othersInvolved', 'communication', 'substantialDifficulty', 'appropriatePerson', 'advocacy'] },
    { id: 'persons-view', title: 'What is working, and what is not', fields: ['whatIsWorking', 'whatIsNotWorking'] },
    { id: 'goals', title: 'Goals, and what has changed', fields: ['goals', 'changes'] },
    {
      id: 'result',
      title: 'The practitioner\'s view and the result',
      fields: ['practitionerView', 'result', 'nextReviewDate'],
      waits: {
        field: 'whatIsWorking',
        schema: { type: 'object', required: ['text'] },
        why: 'Hear what is working and what is not from the person first, in their words (HICM action card 4.2).',
      },
    },
  ],
};
