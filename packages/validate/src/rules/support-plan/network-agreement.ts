import type { SupportPlan } from '@goodday/schemas';
import { pointer } from '../../json-pointer.js';
import type { Rule } from '../../rule.js';

export const networkAgreement: Rule<SupportPlan> = {
  id: 'support-plan/network-agreement',
  title: 'Network agreement',
  kind: 'support-plan',
  severity: 'error',
  stage: 'draft',
  message: 'Support from family or friends records that they are willing to give it and that the person agreed to it.',
  hint: 'Ask the family member or friend whether they are willing and able, ask the person whether they agree, and record both with when.',
  source: 'Care and support statutory guidance 6.64',
  *check(plan) {
    for (const [i, need] of (plan.needsToBeMet ?? []).entries()) {
      for (const [j, arrangement] of (need.arrangements ?? []).entries()) {
        if (arrangement.by !== 'family-or-friends') continue;
        const path = pointer('needsToBeMet', i, 'arrangements', j);
        const { id, willing, personAgreed: agreed } = arrangement;
        if (!willing) yield { path, message: `Arrangement ${id} relies on family or friends, but not that they are willing: ask them and record it in willing.` };
        else if (!willing.agreed) yield { path, message: `Arrangement ${id} relies on someone who is not willing to give this support: do not plan on it, and find another way to meet the need.` };
        if (!agreed) yield { path, message: `Arrangement ${id} relies on family or friends, but not that the person agreed: ask them and record it in personAgreed.` };
        else if (!agreed.agreed) yield { path, message: `Arrangement ${id} relies on support the person did not agree to: find another way the person is happy with.` };
      }
    }
  },
};
