import type { Layout } from '../layout.js';

// Care Act 2014 s10 and HICM action card 4.7: the carer's own picture first (a good day, the caring they do), then
// their needs and the impact of caring on their wellbeing, and only then eligibility (s13, Eligibility Regulations 2015 reg 3).
export const carersAssessmentLayout: Layout = {
  kind: 'carers-assessment',
  sections: [
    { id: 'about', title: 'About this assessment', fields: ['id', 'status', 'carer', 'caresFor', 'format', 'combinedWith', 'startedAt', 'assessor', 'consent'] },
    { id: 'good-day', title: 'A good day, and the caring you do', fields: ['goodDay', 'caringRole', 'willingAndAble'] },
    { id: 'strengths', title: 'Strengths and the people around you', fields: ['strengths', 'network', 'communityAssets'] },
    { id: 'needs', title: 'Needs and the impact of caring on wellbeing', fields: ['needs', 'outcomesWanted', 'workEducationLeisure'] },
    { id: 'family', title: 'The whole family, and if you cannot care', fields: ['household', 'contingency', 'viewOfSupport'] },
    { id: 'involvement', title: 'Taking part', fields: ['communication', 'substantialDifficulty', 'appropriatePerson', 'advocacy'] },
    {
      id: 'eligibility',
      title: 'Eligibility',
      fields: ['eligibility', 'advice', 'completedAt', 'writtenRecordGiven'],
      waits: {
        field: 'needs',
        schema: { type: 'array', minItems: 1, contains: { type: 'object', required: ['wellbeingImpact'] } },
        why: "Describe at least one need and the impact of caring on the carer's wellbeing first: eligibility is decided from them (Care Act 2014 s13; Eligibility Regulations 2015 reg 3).",
      },
    },
  ],
};
