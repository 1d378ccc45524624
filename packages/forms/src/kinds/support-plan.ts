import type { Layout } from '../layout.js';

// Care Act 2014 s25: the plan starts from the person's goals and the needs it meets; the personal budget (s26) is the
// cost of meeting those needs, so it follows them.
export const supportPlanLayout: Layout = {
  kind: 'support-plan',
  sections: [
    { id: 'about', title: 'About this plan', fields: ['id', 'status', 'person', 'basedOn', 'preparedAt', 'preparedBy', 'isFirstPlan'] },
    { id: 'goals', title: 'Goals, and the needs the plan meets', fields: ['goals', 'needsToBeMet'] },
    {
      id: 'budget',
      title: 'Personal budget, risks and what if',
      fields: ['personalBudget', 'risks', 'contingency'],
      waits: {
        field: 'needsToBeMet',
        schema: { type: 'array', minItems: 1 },
        why: 'Say which needs the plan meets first: the personal budget is the cost of meeting them (Care Act 2014 s26).',
      },
    },
    { id: 'agreement', title: 'Agreement and review', fields: ['peopleInvolved', 'agreement', 'reviewDate', 'advice', 'writtenRecordGiven'] },
  ],
};
