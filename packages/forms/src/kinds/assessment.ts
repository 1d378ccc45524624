import type { Layout } from '../layout.js';

// Care Act 2014 s9 and the Assessment Regulations: the person's own picture first, needs and their impact on wellbeing
// before anyone considers eligibility (s13, Eligibility Regulations 2015 reg 2).
export const assessmentLayout: Layout = {
  kind: 'assessment',
  sections: [
    { id: 'about', title: 'About this assessment', fields: ['id', 'status', 'person', 'format', 'startedAt', 'assessor'] },
    { id: 'good-day', title: 'A good day, and what matters', fields: ['goodDay', 'importantTo', 'importantFor'] },
    { id: 'strengths', title: 'Strengths and the people around them', fields: ['strengths', 'network', 'communityAssets'] },
    { id: 'needs', title: 'Needs and their impact on wellbeing', fields: ['needs', 'outcomesWanted'] },
    { id: 'involvement', title: 'Taking part', fields: ['communication', 'substantialDifficulty', 'appropriatePerson', 'advocacy', 'consent'] },
    { id: 'presented-back', title: 'What we wrote, read back', fields: ['presentedBack'] },
    {
      id: 'eligibility',
      title: 'Eligibility',
      fields: ['eligibility', 'advice', 'completedAt', 'writtenRecordGiven'],
      waits: {
        field: 'needs',
        schema: { type: 'array', minItems: 1, contains: { type: 'object', required: ['wellbeingImpact'] } },
        why: 'Describe at least one need and its impact on wellbeing first: eligibility is decided from them (Care Act 2014 s13; Eligibility Regulations 2015 reg 2).',
      },
    },
  ],
};
