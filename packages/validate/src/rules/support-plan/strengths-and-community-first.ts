import type { SupportPlan } from '@goodday/schemas';
import type { Rule } from '../../rule.js';

// Sources that build on what the person can do and who and what is around them, before paid services.
const strengthsBased = new Set(['person', 'family-or-friends', 'community-asset', 'technology-or-equipment']);

export const strengthsAndCommunityFirst: Rule<SupportPlan> = {
  id: 'support-plan/strengths-and-community-first',
  title: 'Strengths and community first',
  kind: 'support-plan',
  severity: 'warning',
  stage: 'draft',
  message: 'At least one need is met, at least partly, by the person\'s own strengths, their family or friends, the community, or technology and equipment.',
  hint: 'Ask what the person can do themselves, who in their life could help, and which community groups or equipment could, before planning paid support.',
  source: 'Care and support statutory guidance 6.63; HICM action cards 4.2 and 4.3',
  *check(plan) {
    const arrangements = (plan.needsToBeMet ?? []).flatMap((need) => need.arrangements ?? []);
    if (arrangements.length === 0 || arrangements.some((a) => strengthsBased.has(a.by))) return;
    yield {
      path: '/needsToBeMet',
      message: 'Every need is met by paid support or reablement: ask what the person can do themselves, who in their life could help, and what community groups or equipment could, and record it.',
    };
  },
};
