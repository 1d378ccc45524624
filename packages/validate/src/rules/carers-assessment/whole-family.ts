import type { CarersAssessment } from '@goodday/schemas';
import { pointer } from '../../json-pointer.js';
import type { Rule } from '../../rule.js';

export const wholeFamily: Rule<CarersAssessment> = {
  id: 'carers-assessment/whole-family',
  title: 'The whole family',
  kind: 'carers-assessment',
  severity: 'error',
  stage: 'complete',
  message: 'The others in the household are recorded, with whether each is a child and whether any child helps with caring; for a child who does, what was considered for them.',
  hint: "Ask who else lives at home; for each child, whether they help with caring, and if so record what was considered for them (a young carer's needs assessment, or a young carers' service).",
  source:
    "Care and Support (Assessment) Regulations 2014 reg 4 (whole-family approach), made under Care Act 2014 s12(1); young carers: Care Act 2014 s63. The regulation's own words were not to hand: " +
    'the Explanatory Notes to s12 (para 108) say the regulations may require regard to the family of the person assessed, for instance so that a child is not undertaking an inappropriate caring role',
  *check(record) {
    const household = record.household;
    if (!household) {
      yield { path: '', message: 'The assessment does not record who else lives in the household: ask, and record each person (or an empty list) in household.' };
      return;
    }
    for (const [i, member] of household.members.entries()) {
      const at = pointer('household', 'members', i);
      if (member.isChild === undefined) yield { path: at, message: `Household member ${member.id}: record whether they are a child (under 18).` };
      else if (member.isChild && member.helpsWithCaring === undefined) yield { path: at, message: `Household member ${member.id} is a child: record whether they help with caring.` };
      else if (member.isChild && member.helpsWithCaring && !member.youngCarerSupport) {
        yield { path: at, message: `Household member ${member.id} is a child who helps with caring: record what was considered for them, such as a young carer's needs assessment, in youngCarerSupport.` };
      }
    }
  },
};
