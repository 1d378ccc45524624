import type { CapacityDecision } from '@goodday/schemas';
import type { Rule } from '../../rule.js';
import { isAfter } from '../time.js';

const functions = [
  ['understand', 'understand the information'],
  ['retain', 'retain it'],
  ['useOrWeigh', 'use or weigh it'],
  ['communicate', 'communicate the decision'],
] as const;

export const functionalTestFirst: Rule<CapacityDecision> = {
  id: 'capacity-decision/functional-test-first',
  title: 'Functional test first',
  kind: 'capacity-decision',
  severity: 'error',
  stage: 'draft',
  message:
    'Whether the person can understand, retain, use or weigh, and communicate is each assessed with evidence before any impairment is considered; a conclusion that they lack capacity rests on a function not met, an impairment or disturbance, and the link between them.',
  hint: 'Ask first whether the person can make the decision, one ability at a time, with evidence; only if they cannot, record the impairment of the mind or brain and how it causes that inability.',
  source: 'Mental Capacity Act 2005 ss2–3; A Local Authority v JB [2021] UKSC 52',
  *check(record) {
    const test = record.functionalTest ?? {};
    const recorded = functions.filter(([key]) => test[key]);
    const notMet = recorded.filter(([key]) => test[key]!.met === false);
    const impairment = record.impairment;
    const conclusion = record.conclusion;

    // Each recorded ability needs its evidence; once anything is concluded or an impairment recorded, all four are needed.
    const missing = functions.filter(([key]) => !test[key]).map(([, words]) => words);
    if ((impairment || conclusion) && missing.length > 0) {
      yield { path: record.functionalTest ? '/functionalTest' : '', message: `The functional test does not record whether the person can ${missing.join(', ')}: assess each ability, with evidence, before going further.` };
    }
    for (const [key, words] of recorded) {
      if (!test[key]!.evidence) yield { path: `/functionalTest/${key}`, message: `Whether the person can ${words} has no evidence: record what they said or did that shows it.` };
    }

    if (impairment) {
      const later = recorded.filter(([key]) => isAfter(test[key]!.recordedAt, impairment.recordedAt)).map(([, words]) => words);
      if (later.length > 0) {
        yield { path: '/impairment', message: `The impairment was recorded before the finding on whether the person can ${later.join(', ')}: ask first whether they can make the decision, and only then about any impairment.` };
      } else if (recorded.length === functions.length && notMet.length === 0) {
        yield { path: '/impairment', message: 'The person can do every part of the functional test, so an impairment does not bear on this decision: remove it, or correct the functional findings.' };
      }
    }

    if (conclusion?.outcome !== 'lacks-capacity') return;
    const gaps = [
      notMet.length === 0 && missing.length === 0 ? 'an ability the person does not have (a function not met)' : undefined,
      impairment?.description ? undefined : 'the impairment or disturbance of the mind or brain',
      impairment?.causativeLink ? undefined : 'how it causes the inability (the causative link)',
    ].filter(Boolean);
    if (gaps.length > 0) {
      yield { path: '/conclusion', message: `The person is found to lack capacity, but the record does not show ${gaps.join(', or ')}: record it, or reconsider the conclusion.` };
    }
  },
};
