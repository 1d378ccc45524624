import type { Layout } from '../layout.js';

// Mental Capacity Act 2005 s2–s3: whether the person can decide (the four functional questions, after every practicable
// step to help) comes before any impairment; best interests (s4) only once the person lacks capacity for this decision.
export const capacityDecisionLayout: Layout = {
  kind: 'capacity-decision',
  sections: [
    { id: 'about', title: 'The decision', fields: ['id', 'status', 'person', 'decision', 'assessedAt', 'assessor', 'reasonToDoubt'] },
    { id: 'person', title: 'The person and what matters to them', fields: ['communication', 'importantTo', 'importantFor'] },
    { id: 'support', title: 'Information and help to decide', fields: ['relevantInformation', 'practicableSteps'] },
    { id: 'functional-test', title: 'Can the person make this decision?', fields: ['functionalTest'] },
    {
      id: 'impairment',
      title: 'Impairment, and the conclusion',
      fields: ['impairment', 'conclusion'],
      waits: {
        field: 'functionalTest',
        schema: { type: 'object', required: ['understand', 'retain', 'useOrWeigh', 'communicate'] },
        why: 'Answer the four questions about the decision first: understand, retain, use or weigh, communicate (Mental Capacity Act 2005 s3(1)).',
      },
    },
    {
      id: 'best-interests',
      title: 'Best interests',
      fields: ['bestInterests'],
      waits: {
        field: 'conclusion',
        schema: { type: 'object', required: ['outcome'], properties: { outcome: { const: 'lacks-capacity' } } },
        why: 'Best interests are considered only when the person lacks capacity to make this decision (Mental Capacity Act 2005 s1(5), s4).',
      },
    },
  ],
};
