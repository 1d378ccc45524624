import type { Assessment, CarersAssessment } from '@goodday/schemas';
import { describe, expect, it } from 'vitest';
import { completeAssessment } from '../../../test/assessment-fixture.js';
import { at, completeCarersAssessment } from '../../../test/carers-assessment-fixture.js';
import { expectRuleCase, type RuleCase } from '../../../test/rule-case.js';
import { validate } from '../../validate.js';

type Case = RuleCase<CarersAssessment>;

const agreed = (day: number, hour = 9) => ({ agreed: true, recordedAt: at(day, hour) });
const combine = (r: CarersAssessment) => Object.assign(r, { format: 'combined', combinedWith: { assessmentId: 'ASM-TEST-1', assessmentVersion: '1.1.0', carerAgreed: agreed(3), personAgreed: agreed(2) } });

// Each case changes one thing in a carer's assessment that passes every rule, and says which rule (if any) must fire.
const cases: Case[] = [
  // needs-before-eligibility
  { name: 'a need heard after eligibility was determined', change: (r) => (r.needs![0]!.inCarersWords!.recordedAt = at(5)), fires: 'carers-assessment/needs-before-eligibility', path: '/needs/0/inCarersWords' },
  { name: 'the impact of caring heard after eligibility', change: (r) => (r.needs![0]!.wellbeingImpact!.inCarersWords.recordedAt = at(5)), fires: 'carers-assessment/needs-before-eligibility', path: '/needs/0/wellbeingImpact' },
  { name: 'a draft with a need not named by the determination heard later', change: (r) => { r.status = 'draft'; r.eligibility!.unableToAchieve![0]!.needIds = ['need-1']; r.needs!.push({ id: 'need-2', inCarersWords: { text: 'Later on.', describedBy: 'person', recordedAt: at(6) } }); } },

  // needs-in-carers-words
  { name: 'a need with no words of the carer', change: (r) => delete r.needs![0]!.inCarersWords, fires: 'carers-assessment/needs-in-carers-words', path: '/needs/0' },
  { name: 'a need put with support, not saying whose', change: (r) => (r.needs![0]!.inCarersWords!.describedBy = 'person-with-support'), fires: 'carers-assessment/needs-in-carers-words', path: '/needs/0/inCarersWords' },
  { name: "the practitioner's wording as the carer's", change: (r) => (r.needs![0]!.practitionerDescription = { text: 'I am tired all the time, and I have had to drop my hours', recordedAt: at(3) }), fires: 'carers-assessment/needs-in-carers-words', path: '/needs/0/inCarersWords/text' },

  // willing-and-able
  { name: 'not saying whether the carer is able and willing', change: (r) => delete r.willingAndAble, fires: 'carers-assessment/willing-and-able', path: '' },
  { name: 'not asking about the future', change: (r) => delete r.willingAndAble!.willingToContinue, fires: 'carers-assessment/willing-and-able', path: '/willingAndAble' },
  { name: "able and willing but not in the carer's words", change: (r) => delete r.willingAndAble!.inCarersWords, fires: 'carers-assessment/willing-and-able', path: '/willingAndAble' },
  { name: 'a carer who is not willing to go on, said plainly', change: (r) => (r.willingAndAble!.willingToContinue = false) },
  { name: 'a draft that has not reached willing and able', change: (r) => { r.status = 'draft'; delete r.willingAndAble; } },

  // wellbeing-impact
  { name: 'a need without its impact on wellbeing', change: (r) => { r.eligibility!.eligibleNeedIds = ['need-1']; r.needs!.push({ id: 'need-2', inCarersWords: { text: 'My back aches after lifting Mum.', describedBy: 'person', recordedAt: at(3) } }); }, fires: 'carers-assessment/wellbeing-impact', path: '/needs/1' },
  { name: 'no needs at all', change: (r) => { r.needs = []; delete r.eligibility; }, fires: 'carers-assessment/wellbeing-impact', path: '' },
  { name: 'an impact with no wellbeing area', change: (r) => (r.needs![0]!.wellbeingImpact!.areas = []), fires: 'carers-assessment/wellbeing-impact', path: '/needs/0/wellbeingImpact/areas' },

  // outcomes-wanted
  { name: 'no outcomes the carer wants', change: (r) => (r.outcomesWanted = []), fires: 'carers-assessment/outcomes-wanted', path: '' },

  // work-education-leisure
  { name: 'no word on work, learning or free time', change: (r) => delete r.workEducationLeisure, fires: 'carers-assessment/work-education-leisure', path: '' },
  { name: 'work asked about but not recreation', change: (r) => delete r.workEducationLeisure!.wishesForRecreation, fires: 'carers-assessment/work-education-leisure', path: '/workEducationLeisure' },

  // whole-family
  { name: 'no word on the household', change: (r) => delete r.household, fires: 'carers-assessment/whole-family', path: '' },
  { name: 'a household member not said to be a child or not', change: (r) => delete r.household!.members[0]!.isChild, fires: 'carers-assessment/whole-family', path: '/household/members/0' },
  { name: 'a child at home, not asked whether they help', change: (r) => r.household!.members.push({ id: 'hh-2', relationship: 'my son', isChild: true, age: 12 }), fires: 'carers-assessment/whole-family', path: '/household/members/1' },
  { name: 'a child who helps, with nothing considered for them', change: (r) => r.household!.members.push({ id: 'hh-2', relationship: 'my son', isChild: true, helpsWithCaring: true }), fires: 'carers-assessment/whole-family', path: '/household/members/1' },
  { name: 'a child who helps, with a young carers\' service considered', change: (r) => r.household!.members.push({ id: 'hh-2', relationship: 'my son', isChild: true, helpsWithCaring: true, youngCarerSupport: 'He would like to join the young carers\' club; referral made.' }) },
  { name: 'a carer who lives alone', change: (r) => (r.household!.members = []) },

  // combined-consent
  { name: 'combined with both agreeing first', change: combine },
  { name: 'combined without the person cared for agreeing', change: (r) => { combine(r); delete r.combinedWith!.personAgreed; }, fires: 'carers-assessment/combined-consent', path: '/combinedWith' },
  { name: 'combined, the carer agreeing only afterwards', change: (r) => { combine(r); r.combinedWith!.carerAgreed = agreed(3, 12); }, fires: 'carers-assessment/combined-consent', path: '/combinedWith/carerAgreed/recordedAt' },
  { name: 'combined, not naming the assessment', change: (r) => { combine(r); delete r.combinedWith!.assessmentId; }, fires: 'carers-assessment/combined-consent', path: '/combinedWith' },
  { name: 'combined with the assessment of someone not cared for', change: (r) => { combine(r); r.combinedWith!.assessmentId = 'ASM-OTHER'; }, fires: 'carers-assessment/combined-consent', path: '/combinedWith/assessmentId' },
  { name: 'format combined and nothing else', change: (r) => (r.format = 'combined'), fires: 'carers-assessment/combined-consent', path: '' },

  // eligibility-conditions
  { name: 'eligible without necessary care', change: (r) => (r.eligibility!.needsAriseFromProvidingNecessaryCare = false), fires: 'carers-assessment/eligibility-conditions', path: '/eligibility/eligible' },
  { name: 'eligible on health alone', change: (r) => delete r.eligibility!.unableToAchieve },
  { name: 'eligible on one outcome alone', change: (r) => (r.eligibility!.healthAtRisk = false) },
  { name: 'eligible with neither health nor an outcome', change: (r) => { r.eligibility!.healthAtRisk = false; r.eligibility!.unableToAchieve = []; }, fires: 'carers-assessment/eligibility-conditions', path: '/eligibility/eligible' },
  { name: 'an outcome without its limb', change: (r) => (r.eligibility!.unableToAchieve![0]!.limbs = []), fires: 'carers-assessment/eligibility-conditions', path: '/eligibility/unableToAchieve/0/limbs' },
  { name: 'not eligible though every condition is met', change: (r) => { r.eligibility!.eligible = false; r.eligibility!.eligibleNeedIds = []; r.advice = [{ topic: 'meeting-or-reducing-needs', text: 'The carers\' centre.', givenAt: at(4) }, { topic: 'preventing-or-delaying-needs', text: 'A carer\'s emergency card.', givenAt: at(4) }]; }, fires: 'carers-assessment/eligibility-conditions', path: '/eligibility/eligible' },
  { name: 'no written reasons', change: (r) => delete r.eligibility!.reasons, fires: 'carers-assessment/eligibility-conditions', path: '/eligibility' },

  // advice-when-not-eligible
  { name: 'not eligible and no advice', change: (r) => Object.assign(r.eligibility!, { eligible: false, eligibleNeedIds: [], significantImpactOnWellbeing: false }), fires: 'carers-assessment/advice-when-not-eligible', path: '/eligibility' },

  // advocacy
  { name: 'substantial difficulty and no one to support the carer', change: (r) => (r.substantialDifficulty = { areas: ['communicating'], recordedAt: at(3) }), fires: 'carers-assessment/advocacy', path: '/substantialDifficulty' },
  { name: 'substantial difficulty, with an advocate', change: (r) => Object.assign(r, { substantialDifficulty: { areas: ['communicating'], recordedAt: at(3) }, advocacy: { involved: true, type: 'care-act', recordedAt: at(3) } }) },

  // contingency
  { name: 'no contingency', change: (r) => delete r.contingency, fires: 'carers-assessment/contingency', path: '', severity: 'warning' },
  { name: 'a contingency with nothing in it', change: (r) => delete r.contingency!.plan, fires: 'carers-assessment/contingency', path: '/contingency', severity: 'warning' },

  // listened-as-partner
  { name: 'no view of the support of the person cared for', change: (r) => delete r.viewOfSupport, fires: 'carers-assessment/listened-as-partner', path: '/caresFor/0', severity: 'warning' },
  { name: 'a view about someone not cared for', change: (r) => r.viewOfSupport!.push({ caredForId: 'cf-9', inCarersWords: { text: 'Fine.', describedBy: 'person', recordedAt: at(3) } }), fires: 'carers-assessment/listened-as-partner', path: '/viewOfSupport/1/caredForId', severity: 'warning' },
];

describe("carer's assessment rules", () => {
  it('leave the fixture clean, alone and beside the assessment of the person cared for', () => {
    expect(validate(completeCarersAssessment()).findings).toEqual([]);
    expect(validate(completeCarersAssessment(), { context: { related: [completeAssessment()] } }).findings).toEqual([]);
  });

  it.each(cases.map((c) => [c.name, c]))('%s', (_, c) => expectRuleCase(c, completeCarersAssessment, validate));

  describe('beside the assessment it is combined with (context.related)', () => {
    const theirs = (change?: (a: Assessment) => void) => {
      const a = completeAssessment();
      Object.assign(a, { format: 'combined', person: { personRef: 'P-100' } });
      change?.(a);
      return a;
    };
    const withIt = (related: unknown[]) => {
      const r = completeCarersAssessment();
      combine(r);
      return validate(r, { context: { related } }).findings.map((f) => [f.ruleId, f.path, f.message]);
    };

    it('find nothing when it is the cared-for person\'s, and says it is combined', () => {
      expect(withIt([theirs()])).toEqual([]);
    });

    it('say so when the assessment named is not among the records given', () => {
      expect(withIt([theirs((a) => (a.id = 'ASM-OTHER'))])).toEqual([
        ['carers-assessment/combined-consent', '/combinedWith', 'The assessment ASM-TEST-1 (version 1.1.0) is not among the related records given: check the id and version, or give the right assessment.'],
      ]);
    });

    it('name an assessment that is about someone other than the person cared for', () => {
      expect(withIt([theirs((a) => (a.person = { personRef: 'P-999' }))])).toEqual([
        ['carers-assessment/combined-consent', '/combinedWith/assessmentId', 'The assessment ASM-TEST-1 is about someone other than the person cared for it is named against: correct the id or the person reference.'],
      ]);
    });

    it('name an assessment that does not say it is combined', () => {
      expect(withIt([theirs((a) => (a.format = 'face-to-face'))]).map(([id, path]) => [id, path])).toEqual([['carers-assessment/combined-consent', '/combinedWith/assessmentId']]);
    });
  });

  it('name reg 3(3), not reg 2(3), when an outcome has no limb', () => {
    const record = completeCarersAssessment();
    record.eligibility!.unableToAchieve![0]!.limbs = [];
    expect(validate(record).findings[0]!.message).toBe('Outcome engaging-in-recreational-activities does not say why the carer cannot achieve it: add the regulation 3(3) reason (limbs).');
  });

  it('refuse the adults\' fourth limb, which carers do not have', () => {
    const record = completeCarersAssessment() as unknown as { eligibility: { unableToAchieve: Array<{ limbs: string[] }> } };
    record.eligibility.unableToAchieve[0]!.limbs = ['takes-significantly-longer'];
    expect(validate(record).valid).toBe(false);
    expect(validate(record).findings[0]!.ruleId).toMatch(/^structure\//);
  });

  it('never change the assessment it checks', () => {
    const record = completeCarersAssessment();
    combine(record);
    const before = JSON.stringify(record);
    validate(record, { context: { related: [completeAssessment()] } });
    expect(JSON.stringify(record)).toBe(before);
  });
});
