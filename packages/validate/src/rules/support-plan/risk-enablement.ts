import type { SupportPlan } from '@goodday/schemas';
import { pointer } from '../../json-pointer.js';
import type { Rule } from '../../rule.js';

export const riskEnablement: Rule<SupportPlan> = {
  id: 'support-plan/risk-enablement',
  title: 'Risk enablement',
  kind: 'support-plan',
  severity: 'warning',
  stage: 'draft',
  message: 'Each risk records what the person thinks about it and how it is enabled or managed.',
  hint: 'Ask the person how they feel about the risk and what matters to them, and record what will make it safer while they keep doing it.',
  source: 'HICM change three (positive risk-taking)',
  *check(plan) {
    for (const [i, risk] of (plan.risks ?? []).entries()) {
      const missing = [risk.personsView ? undefined : 'what the person thinks (personsView)', risk.howEnabled ? undefined : 'how it is enabled or managed (howEnabled)'].filter(Boolean);
      if (missing.length > 0) yield { path: pointer('risks', i), message: `Risk ${risk.id} does not record ${missing.join(' or ')}: add it.` };
    }
  },
};
