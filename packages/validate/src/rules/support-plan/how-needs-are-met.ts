import type { SupportPlan } from '@goodday/schemas';
import { pointer } from '../../json-pointer.js';
import type { Rule } from '../../rule.js';

type Arrangement = NonNullable<NonNullable<SupportPlan['needsToBeMet']>[number]['arrangements']>[number];

// Who gives the support, for the sources where the source alone does not say.
const whoFor: Partial<Record<Arrangement['by'], { readonly field: keyof Arrangement; readonly words: string }>> = {
  'family-or-friends': { field: 'supporter', words: 'which family member or friend gives it (supporter)' },
  'community-asset': { field: 'communityAsset', words: 'which community group or service (communityAsset)' },
  'technology-or-equipment': { field: 'equipment', words: 'what technology or equipment (equipment)' },
  'paid-support': { field: 'provider', words: 'who provides it (provider)' },
};

export const howNeedsAreMet: Rule<SupportPlan> = {
  id: 'support-plan/how-needs-are-met',
  title: 'How needs are met',
  kind: 'support-plan',
  severity: 'error',
  stage: 'complete',
  message: 'Each need to be met says how and by whom: what will happen, when, and who or what gives the support.',
  hint: 'For each need, add an arrangement saying what will happen, when, and who gives it (the person, someone they know, a community service, equipment or a provider).',
  source: 'Care Act 2014 s25(1)(c)',
  *check(plan) {
    const needs = plan.needsToBeMet ?? [];
    if (needs.length === 0) {
      yield { path: '', message: 'The plan does not say which needs it meets: add each need to be met, with how and by whom.' };
      return;
    }
    for (const [i, need] of needs.entries()) {
      const arrangements = need.arrangements ?? [];
      if (arrangements.length === 0) {
        yield { path: pointer('needsToBeMet', i), message: `Need ${need.needId} does not say how it will be met: add what will happen, when and by whom.` };
        continue;
      }
      for (const [j, arrangement] of arrangements.entries()) {
        const who = whoFor[arrangement.by];
        const missing = [
          arrangement.what ? undefined : 'what will happen (what)',
          arrangement.when ? undefined : 'when (when)',
          who && !arrangement[who.field] ? who.words : undefined,
        ].filter(Boolean);
        if (missing.length > 0) {
          yield { path: pointer('needsToBeMet', i, 'arrangements', j), message: `Arrangement ${arrangement.id} does not say ${missing.join(' or ')}: add it.` };
        }
      }
    }
  },
};
