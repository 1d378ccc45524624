import type { CarersAssessment } from '@goodday/schemas';
import { pointer } from '../../json-pointer.js';
import type { Rule } from '../../rule.js';

export const wellbeingImpact: Rule<CarersAssessment> = {
  id: 'carers-assessment/wellbeing-impact',
  title: "Impact of caring on the carer's wellbeing",
  kind: 'carers-assessment',
  severity: 'error',
  stage: 'complete',
  message: "The impact of caring on the carer's wellbeing is recorded for each need, in the carer's words and linked to at least one wellbeing area of Care Act s1(2).",
  hint: 'Ask how caring affects the carer and what matters to them, record it in their words, and link it to the wellbeing areas it touches.',
  source: 'Care Act 2014 s10(5)(c)',
  *check(record) {
    const needs = record.needs ?? [];
    if (needs.length === 0) {
      yield { path: '', message: "The assessment records no needs, so no impact of caring on the carer's wellbeing: ask how caring affects them, and record it as a need with its impact." };
    }
    for (const [index, need] of needs.entries()) {
      if (!need.wellbeingImpact) {
        yield { path: pointer('needs', index), message: `Need ${need.id} has no impact on wellbeing: ask the carer how it affects them and record it in their words.` };
      } else if (need.wellbeingImpact.areas.length === 0) {
        yield { path: pointer('needs', index, 'wellbeingImpact', 'areas'), message: `Need ${need.id}'s impact on wellbeing is not linked to any wellbeing area: add the Care Act s1(2) areas it touches.` };
      }
    }
  },
};
