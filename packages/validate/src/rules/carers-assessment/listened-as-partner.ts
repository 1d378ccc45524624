import type { CarersAssessment } from '@goodday/schemas';
import { pointer } from '../../json-pointer.js';
import type { Rule } from '../../rule.js';

export const listenedAsPartner: Rule<CarersAssessment> = {
  id: 'carers-assessment/listened-as-partner',
  title: 'The carer heard as a partner',
  kind: 'carers-assessment',
  severity: 'warning',
  stage: 'draft',
  message: "The carer's view of the support of each person they care for is recorded, in their words, to sit alongside that person's own.",
  hint: 'Ask the carer what they think of the support the person they care for gets, and record it in viewOfSupport for that person.',
  source: 'HICM action card 4.7',
  *check(record) {
    const caresFor = record.caresFor ?? [];
    const known = new Set(caresFor.map((p) => p.id));
    const views = record.viewOfSupport ?? [];
    for (const [i, view] of views.entries()) {
      if (!known.has(view.caredForId)) yield { path: pointer('viewOfSupport', i, 'caredForId'), message: `The view of support names ${view.caredForId}, who is not among the people cared for: correct the id.` };
    }
    const heard = new Set(views.map((v) => v.caredForId));
    for (const [i, person] of caresFor.entries()) {
      if (!heard.has(person.id)) {
        yield { path: pointer('caresFor', i), message: `The carer's view of the support for ${person.id} is not recorded: ask what they think of it, and record it in viewOfSupport.` };
      }
    }
  },
};
