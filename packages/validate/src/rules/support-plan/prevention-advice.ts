import type { SupportPlan } from '@goodday/schemas';
import type { Rule } from '../../rule.js';
import { missingAdvice } from '../advice.js';

export const preventionAdvice: Rule<SupportPlan> = {
  id: 'support-plan/prevention-advice',
  title: 'Prevention and advice',
  kind: 'support-plan',
  severity: 'error',
  stage: 'complete',
  message: 'The plan records advice and information on meeting or reducing needs and on preventing or delaying needs.',
  hint: 'Give the person advice on both, naming community assets and services where they help, and record it in advice.',
  source: 'Care Act 2014 s25(1)(f)',
  *check(plan) {
    for (const [topic, about] of missingAdvice(plan.advice)) {
      yield { path: '', message: `The plan records no advice on ${about}: give it and record it in advice (topic ${topic}).` };
    }
  },
};
