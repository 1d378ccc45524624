import type { Layout } from '../layout.js';

// Care Act 2014 s42 and Making Safeguarding Personal (statutory guidance 14.15): ask what the person wants to happen
// before deciding on actions and concluding.
export const safeguardingEnquiryLayout: Layout = {
  kind: 'safeguarding-enquiry',
  sections: [
    { id: 'about', title: 'The concern', fields: ['id', 'status', 'person', 'enquiryLead', 'concern', 's42Decision'] },
    { id: 'what-the-person-wants', title: 'What the person wants to happen', fields: ['makingSafeguardingPersonal', 'communication', 'substantialDifficulty', 'appropriatePerson', 'advocacy', 'capacity', 'consentToEnquiry'] },
    { id: 'risks', title: 'Risks', fields: ['risks'] },
    {
      id: 'actions',
      title: 'Actions and meetings',
      fields: ['actions', 'meetings', 'conclusion'],
      waits: {
        field: 'makingSafeguardingPersonal',
        schema: { type: 'object', required: ['asked'] },
        why: 'Record whether the person was asked what they want to happen first (Making Safeguarding Personal; Care Act statutory guidance 14.15).',
      },
    },
  ],
};
