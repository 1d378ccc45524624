import type { Assessment } from '@goodday/schemas';
import { describe, expect, it } from 'vitest';
import { completeAssessment, time } from '../../../test/assessment-fixture.js';
import { validate } from '../../validate.js';

interface Case {
  readonly name: string;
  readonly change: (a: Assessment) => void;
  /** The rule that must fire, or undefined when the change must keep the record clean. */
  readonly fires?: string;
  /** The JSON Pointer the finding must point at. */
  readonly path?: string;
}

const need = (a: Assessment, i: number) => a.needs![i]!;

// Each case changes one thing in a record that passes every rule, and says which rule (if any) must fire.
const cases: Case[] = [
  // needs-before-eligibility
  { name: 'wellbeing impact recorded after eligibility', change: (a) => (need(a, 1).wellbeingImpact!.inPersonsWords.recordedAt = time(6)), fires: 'assessment/needs-before-eligibility', path: '/needs/1/wellbeingImpact' },
  { name: 'need described after eligibility', change: (a) => (need(a, 0).inPersonsWords!.recordedAt = time(9)), fires: 'assessment/needs-before-eligibility', path: '/needs/0/inPersonsWords' },
  { name: 'a need the determination does not rely on, described later', change: (a) => a.needs!.push({ id: 'need-3', inPersonsWords: { text: 'The garden', describedBy: 'person', recordedAt: time(9) }, wellbeingImpact: { inPersonsWords: { text: 'I miss it', describedBy: 'person', recordedAt: time(9) }, areas: ['contribution-to-society'] } }) },
  { name: 'draft with eligibility before any impact is recorded', change: (a) => { a.status = 'draft'; delete need(a, 0).wellbeingImpact; }, fires: 'assessment/needs-before-eligibility', path: '/needs/0/wellbeingImpact' },
  { name: 'impact recorded at the same moment as the determination', change: (a) => (need(a, 0).wellbeingImpact!.inPersonsWords.recordedAt = time(5)) },

  // needs-in-persons-words
  { name: 'a need with no words of the person', change: (a) => delete need(a, 1).inPersonsWords, fires: 'assessment/needs-in-persons-words', path: '/needs/1' },
  { name: 'described with support but not by whom', change: (a) => (need(a, 0).inPersonsWords!.describedBy = 'person-with-support'), fires: 'assessment/needs-in-persons-words', path: '/needs/0/inPersonsWords' },
  { name: 'described with support by a named daughter', change: (a) => Object.assign(need(a, 0).inPersonsWords!, { describedBy: 'person-with-support', supportedBy: { relationship: 'daughter' } }) },
  { name: 'the practitioner\'s wording copied in as the person\'s', change: (a) => (need(a, 0).inPersonsWords!.text = ' would like support to bathe SAFELY and keep her routine. '), fires: 'assessment/needs-in-persons-words', path: '/needs/0/inPersonsWords/text' },

  // wellbeing-impact
  { name: 'impact linked to no wellbeing area', change: (a) => (need(a, 0).wellbeingImpact!.areas = []), fires: 'assessment/wellbeing-impact', path: '/needs/0/wellbeingImpact/areas' },
  { name: 'no impact at all on a need the determination does not use', change: (a) => { a.eligibility!.unableToAchieve![1]!.needIds = ['need-1']; a.eligibility!.eligibleNeedIds = ['need-1']; delete need(a, 1).wellbeingImpact; }, fires: 'assessment/wellbeing-impact', path: '/needs/1' },
  { name: 'a draft need with no impact yet, and no determination', change: (a) => { a.status = 'draft'; delete a.eligibility; delete need(a, 1).wellbeingImpact; } },

  // good-day
  { name: 'no good day', change: (a) => delete a.goodDay, fires: 'assessment/good-day', path: '' },
  { name: 'a draft with no good day yet', change: (a) => { a.status = 'draft'; delete a.goodDay; } },

  // strengths
  { name: 'no strengths', change: (a) => (a.strengths = []), fires: 'assessment/strengths', path: '' },
  { name: 'a strength not classified by sphere', change: (a) => delete a.strengths![0]!.sphere, fires: 'assessment/strengths', path: '/strengths/0' },

  // outcomes-wanted
  { name: 'no outcomes wanted', change: (a) => delete a.outcomesWanted, fires: 'assessment/outcomes-wanted', path: '' },

  // eligibility-conditions
  { name: 'eligible with only one outcome', change: (a) => a.eligibility!.unableToAchieve!.pop(), fires: 'assessment/eligibility-conditions', path: '/eligibility/eligible' },
  { name: 'eligible with the same outcome twice', change: (a) => (a.eligibility!.unableToAchieve![1]!.outcome = 'maintaining-personal-hygiene'), fires: 'assessment/eligibility-conditions', path: '/eligibility/eligible' },
  { name: 'eligible without significant impact', change: (a) => (a.eligibility!.significantImpactOnWellbeing = false), fires: 'assessment/eligibility-conditions', path: '/eligibility/eligible' },
  { name: 'not eligible although all conditions are met', change: (a) => { a.eligibility!.eligible = false; delete a.eligibility!.eligibleNeedIds; a.advice = [{ topic: 'meeting-or-reducing-needs', text: 'x', givenAt: time(5) }, { topic: 'preventing-or-delaying-needs', text: 'y', givenAt: time(5) }]; }, fires: 'assessment/eligibility-conditions', path: '/eligibility/eligible' },
  { name: 'an outcome with no reason (limb)', change: (a) => (a.eligibility!.unableToAchieve![0]!.limbs = []), fires: 'assessment/eligibility-conditions', path: '/eligibility/unableToAchieve/0/limbs' },
  { name: 'an outcome naming a need that is not there', change: (a) => (a.eligibility!.unableToAchieve![0]!.needIds = ['need-9']), fires: 'assessment/eligibility-conditions', path: '/eligibility/unableToAchieve/0/needIds/0' },
  { name: 'no written reasons', change: (a) => delete a.eligibility!.reasons, fires: 'assessment/eligibility-conditions', path: '/eligibility' },
  { name: 'eligible with no eligible needs named', change: (a) => delete a.eligibility!.eligibleNeedIds, fires: 'assessment/eligibility-conditions', path: '/eligibility/eligibleNeedIds' },

  // consent-before-contacting-network
  { name: 'neighbour consulted before the person agreed', change: (a) => (a.network![0]!.consultedAt = time(1)), fires: 'assessment/consent-before-contacting-network', path: '/network/0/contactAgreed' },
  { name: 'neighbour consulted with no agreement recorded', change: (a) => delete a.network![0]!.contactAgreed, fires: 'assessment/consent-before-contacting-network', path: '/network/0' },
  { name: 'neighbour consulted although the person said no', change: (a) => (a.network![0]!.contactAgreed!.agreed = false), fires: 'assessment/consent-before-contacting-network', path: '/network/0/contactAgreed' },
  { name: 'someone in the network not consulted at all', change: (a) => a.network!.push({ id: 'net-2', relationship: 'my son' }) },

  // advocacy
  { name: 'substantial difficulty, nobody appropriate, no advocate', change: (a) => (a.substantialDifficulty!.areas = ['retaining']), fires: 'assessment/advocacy', path: '/substantialDifficulty' },
  { name: 'substantial difficulty, advocate involved', change: (a) => { a.substantialDifficulty!.areas = ['retaining']; a.advocacy = { involved: true, type: 'care-act', recordedAt: time(2) }; } },
  { name: 'substantial difficulty, her sister as appropriate person, whom she agreed to', change: (a) => { a.substantialDifficulty!.areas = ['retaining']; a.appropriatePerson = { relationship: 'sister', personAgreed: true, paidOrProfessional: false, recordedAt: time(2) }; } },
  { name: 'substantial difficulty, her sister as appropriate person in her best interests', change: (a) => { a.substantialDifficulty!.areas = ['retaining']; a.appropriatePerson = { relationship: 'sister', inBestInterests: true, recordedAt: time(2) }; } },
  { name: 'substantial difficulty, an appropriate person who is her paid carer', change: (a) => { a.substantialDifficulty!.areas = ['retaining']; a.appropriatePerson = { relationship: 'home carer', personAgreed: true, paidOrProfessional: true, recordedAt: time(2) }; }, fires: 'assessment/advocacy', path: '/appropriatePerson' },
  { name: 'substantial difficulty, an appropriate person she did not agree to', change: (a) => { a.substantialDifficulty!.areas = ['retaining']; a.appropriatePerson = { relationship: 'sister', personAgreed: false, recordedAt: time(2) }; }, fires: 'assessment/advocacy', path: '/appropriatePerson' },
  { name: 'substantial difficulty, an appropriate person with neither agreement nor best interests recorded', change: (a) => { a.substantialDifficulty!.areas = ['retaining']; a.appropriatePerson = { relationship: 'sister', recordedAt: time(2) }; }, fires: 'assessment/advocacy', path: '/appropriatePerson' },
  { name: 'a 1.0.0 record: substantial difficulty and an appropriate person, which 1.0.0 cannot say more about', change: (a) => { a.$schema = 'https://goodday.dev/schemas/assessment/1.0.0.json' as never; a.substantialDifficulty!.areas = ['retaining']; a.appropriatePerson = { relationship: 'sister', recordedAt: time(2) }; } },
  { name: 'a paid carer as appropriate person, but an advocate involved', change: (a) => { a.substantialDifficulty!.areas = ['retaining']; a.appropriatePerson = { relationship: 'home carer', personAgreed: true, paidOrProfessional: true, recordedAt: time(2) }; a.advocacy = { involved: true, type: 'care-act', recordedAt: time(2) }; } },

  // advice-when-not-eligible
  { name: 'not eligible, advice on one topic only', change: (a) => { Object.assign(a.eligibility!, { eligible: false, significantImpactOnWellbeing: false }); delete a.eligibility!.eligibleNeedIds; a.advice = [{ topic: 'meeting-or-reducing-needs', text: 'The Tuesday club runs a minibus.', givenAt: time(5) }]; }, fires: 'assessment/advice-when-not-eligible', path: '/eligibility' },
  { name: 'not eligible, advice on both topics', change: (a) => { Object.assign(a.eligibility!, { eligible: false, significantImpactOnWellbeing: false }); delete a.eligibility!.eligibleNeedIds; a.advice = [{ topic: 'meeting-or-reducing-needs', text: 'The Tuesday club runs a minibus.', givenAt: time(5) }, { topic: 'preventing-or-delaying-needs', text: 'Strength and balance classes at the leisure centre.', givenAt: time(5) }]; } },

  // presented-back
  { name: 'nothing presented back', change: (a) => delete a.presentedBack, fires: 'assessment/presented-back', path: '' },
  { name: 'presented back, not confirmed', change: (a) => (a.presentedBack!.personConfirmed = false), fires: 'assessment/presented-back', path: '/presentedBack/personConfirmed' },
];

describe('assessment rules', () => {
  it('leave the untouched fixture with no findings at all', () => {
    expect(validate(completeAssessment()).findings).toEqual([]);
  });

  it.each(cases)('$name', ({ change, fires, path }) => {
    const record = completeAssessment();
    change(record);
    const report = validate(record);
    if (!fires) {
      expect(report.findings).toEqual([]);
      return;
    }
    expect(report.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining([fires]));
    expect(new Set(report.findings.map((f) => f.ruleId))).toEqual(new Set([fires]));
    expect(report.findings.map((f) => f.path)).toContain(path);
  });

  it('fire completeness rules only when the record says it is complete', () => {
    const record = completeAssessment();
    delete record.goodDay;
    delete record.presentedBack;
    expect(validate(record).findings.map((f) => f.ruleId).sort()).toEqual(['assessment/good-day', 'assessment/presented-back']);
    expect(validate({ ...record, status: 'draft' }).findings).toEqual([]);
  });

  it('make a record invalid for an error and keep it valid for a warning', () => {
    const warned = completeAssessment();
    delete warned.presentedBack;
    expect(validate(warned)).toMatchObject({ valid: true, findings: [{ severity: 'warning' }] });
    const broken = completeAssessment();
    delete broken.goodDay;
    expect(validate(broken)).toMatchObject({ valid: false, findings: [{ severity: 'error' }] });
  });
});
