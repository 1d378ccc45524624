import type { CapacityDecision } from '@goodday/schemas';
import { describe, expect, it } from 'vitest';
import { lacksCapacityDecision, time } from '../../../test/capacity-decision-fixture.js';
import { expectRuleCase, type RuleCase } from '../../../test/rule-case.js';
import { validate } from '../../validate.js';
import { restsOnUnwisdom } from './unwise-is-not-incapacity.js';

type Case = RuleCase<CapacityDecision>;

const test = (d: CapacityDecision) => d.functionalTest!;
const bi = (d: CapacityDecision) => d.bestInterests!;
/** The person can make the decision: every ability met, no impairment, no best-interests decision. */
const hasCapacity = (d: CapacityDecision) => {
  for (const key of ['understand', 'retain', 'useOrWeigh', 'communicate'] as const) test(d)[key]!.met = true;
  delete d.impairment;
  delete d.bestInterests;
  d.conclusion = { outcome: 'has-capacity', reasons: 'Mrs K understood, remembered and weighed the risks, and chose to go home.', concludedAt: time(11, 13), personsDecision: { text: 'I\'m going home.', describedBy: 'person', recordedAt: time(11, 13) } };
};
const noOneToConsult = (d: CapacityDecision) => {
  bi(d).someoneAppropriateToConsult = false;
  bi(d).consulted = [{ id: 'con-1', relationship: 'ward nurse', views: 'She settles best with her own things around her.', consultedAt: time(12) }];
};

// Each case changes one thing in a record that passes every rule, and says which rule (if any) must fire.
const cases: Case[] = [
  // one-decision
  { name: 'no decision named', change: (d) => delete d.decision, fires: 'capacity-decision/one-decision', path: '' },
  { name: 'capacity in general', change: (d) => (d.decision!.asPutToPerson = 'Does Mrs K have capacity in general?'), fires: 'capacity-decision/one-decision', path: '/decision/asPutToPerson' },
  { name: 'capacity for all decisions', change: (d) => (d.decision!.asPutToPerson = 'Can Mrs K make all decisions about her care?'), fires: 'capacity-decision/one-decision', path: '/decision/asPutToPerson' },
  { name: 'no time of assessment', change: (d) => delete d.assessedAt, fires: 'capacity-decision/one-decision', path: '' },
  { name: 'no matter chosen for the decision', change: (d) => delete d.decision!.matter, fires: 'capacity-decision/one-decision', path: '/decision' },
  { name: 'a 1.0.0 record, which cannot name the matter', change: (d) => { d.$schema = 'https://goodday.dev/schemas/capacity-decision/1.0.0.json' as never; delete d.decision!.matter; d.decision!.asPutToPerson = 'Would you like to move to Elm Court and let Paul look after your bank account?'; } },
  { name: 'a decision whose wording joins two matters', change: (d) => (d.decision!.asPutToPerson = 'Would you like to move to Elm Court and let Paul look after your bank account?'), fires: 'capacity-decision/one-decision', path: '/decision/asPutToPerson', severity: 'warning' },
  { name: 'a decision that offers two options for one matter', change: (d) => (d.decision!.asPutToPerson = 'Would you like to live at Elm Court, or at home with carers visiting?') },
  { name: 'a decision that mentions deciding today', change: (d) => (d.decision!.asPutToPerson = 'Would you like to decide today where to live, or wait until Sue visits?') },

  // reason-to-doubt
  { name: 'no reason to doubt capacity', change: (d) => delete d.reasonToDoubt, fires: 'capacity-decision/reason-to-doubt', path: '', severity: 'warning' },

  // practicable-steps-first
  { name: 'lacks capacity with no steps to help', change: (d) => delete d.practicableSteps, fires: 'capacity-decision/practicable-steps-first', path: '/conclusion' },
  { name: 'a step taken after the conclusion', change: (d) => (d.practicableSteps![1]!.takenAt = time(12)), fires: 'capacity-decision/practicable-steps-first', path: '/practicableSteps/1' },
  { name: 'has capacity, with no steps needed', change: (d) => { hasCapacity(d); delete d.practicableSteps; } },

  // functional-test-first
  { name: 'the impairment asked before the functional test', change: (d) => (d.impairment!.recordedAt = time(10, 9)), fires: 'capacity-decision/functional-test-first', path: '/impairment' },
  { name: 'an ability not assessed', change: (d) => delete test(d).communicate, fires: 'capacity-decision/functional-test-first', path: '/functionalTest' },
  { name: 'an ability without evidence', change: (d) => delete test(d).retain!.evidence, fires: 'capacity-decision/functional-test-first', path: '/functionalTest/retain' },
  { name: 'lacks capacity without the causative link', change: (d) => delete d.impairment!.causativeLink, fires: 'capacity-decision/functional-test-first', path: '/conclusion' },
  { name: 'lacks capacity with every ability met', change: (d) => { for (const key of ['retain', 'useOrWeigh'] as const) test(d)[key]!.met = true; delete d.impairment; }, fires: 'capacity-decision/functional-test-first', path: '/conclusion' },
  { name: 'an impairment recorded although every ability is met', change: (d) => { hasCapacity(d); d.impairment = { description: 'Vascular dementia.', recordedAt: time(11, 12) }; }, fires: 'capacity-decision/functional-test-first', path: '/impairment' },
  { name: 'has capacity, every ability met with evidence', change: hasCapacity },
  { name: 'a draft part-way through the functional test', change: (d) => { d.status = 'draft'; delete d.conclusion; delete d.impairment; delete d.bestInterests; delete test(d).useOrWeigh; delete test(d).communicate; } },

  // unwise-is-not-incapacity
  { name: 'lacks capacity because the decision is unwise', change: (d) => (d.conclusion!.reasons = 'Mrs K lacks capacity because her decision to go home is unwise, given her falls.'), fires: 'capacity-decision/unwise-is-not-incapacity', path: '/conclusion/reasons', severity: 'warning' },
  { name: 'lacks capacity because she makes risky choices', change: (d) => (d.conclusion!.reasons = 'She makes risky choices about her safety at night.'), fires: 'capacity-decision/unwise-is-not-incapacity', path: '/conclusion/reasons', severity: 'warning' },
  { name: 'unwise, in another sense', change: (d) => (d.conclusion!.reasons = 'It would be unwise to delay a decision. Mrs K cannot retain the information about her falls, because of her dementia.') },
  { name: 'unwise, disclaimed as the reason', change: (d) => (d.conclusion!.reasons = 'Although others may think her wish to go home unwise, that is not the reason: she cannot retain the information about her falls.') },
  { name: 'has capacity, and her choice is thought unwise', change: (d) => { hasCapacity(d); d.conclusion!.reasons = 'Others think her decision to go home is unwise, but she understood, remembered and weighed the risks.'; } },

  // best-interests-only-if-lacking
  { name: 'a best-interests decision for someone who has capacity', change: (d) => (d.conclusion!.outcome = 'has-capacity'), fires: 'capacity-decision/best-interests-only-if-lacking', path: '/bestInterests' },
  { name: 'a best-interests decision before the conclusion', change: (d) => (bi(d).decidedAt = time(11, 12)), fires: 'capacity-decision/best-interests-only-if-lacking', path: '/bestInterests/decidedAt' },
  { name: 'a best-interests decision with no conclusion on capacity', change: (d) => { d.status = 'draft'; delete d.conclusion; }, fires: 'capacity-decision/best-interests-only-if-lacking', path: '/bestInterests' },

  // best-interests-checklist, s4(3)(b)
  { name: 'capacity likely to return, but not when', change: (d) => (bi(d).capacityMayReturn = { likely: true }), fires: 'capacity-decision/best-interests-checklist', path: '/bestInterests' },
  { name: 'capacity likely to return, expected by a date', change: (d) => (bi(d).capacityMayReturn = { likely: true, expectedBy: '2026-06-01' }) },
  { name: 'capacity likely to return, when in words', change: (d) => (bi(d).capacityMayReturn = { likely: true, when: 'once the infection has cleared, in about a week' }) },
  { name: 'a 1.0.0 record: capacity likely to return, not when', change: (d) => { d.$schema = 'https://goodday.dev/schemas/capacity-decision/1.0.0.json' as never; delete d.decision!.matter; bi(d).capacityMayReturn = { likely: true }; } },

  // best-interests-checklist
  { name: 'best interests without beliefs and values', change: (d) => delete bi(d).beliefsAndValues, fires: 'capacity-decision/best-interests-checklist', path: '/bestInterests' },
  { name: 'best interests with someone consulted but not their views', change: (d) => delete bi(d).consulted![0]!.views, fires: 'capacity-decision/best-interests-checklist', path: '/bestInterests' },
  { name: 'best interests without whether it can wait', change: (d) => delete bi(d).canWait, fires: 'capacity-decision/best-interests-checklist', path: '/bestInterests' },
  { name: 'best interests without the less restrictive option', change: (d) => { delete bi(d).lessRestrictiveConsidered; delete bi(d).options![0]!.lessRestrictive; }, fires: 'capacity-decision/best-interests-checklist', path: '/bestInterests' },
  { name: 'the less restrictive option marked among the options only', change: (d) => delete bi(d).lessRestrictiveConsidered },
  { name: 'best interests still being gathered', change: (d) => { delete bi(d).decision; delete bi(d).beliefsAndValues; delete bi(d).consulted; } },

  // imca
  { name: 'a long-term move, no one to consult, and no IMCA', change: noOneToConsult, fires: 'capacity-decision/imca', path: '/bestInterests' },
  { name: 'an IMCA instructed after the decision', change: (d) => { noOneToConsult(d); bi(d).imca = { instructed: true, instructedAt: time(14), organisation: 'Northgate Advocacy' }; }, fires: 'capacity-decision/imca', path: '/bestInterests/imca/instructedAt' },
  { name: 'an IMCA instructed, but not when', change: (d) => { noOneToConsult(d); bi(d).imca = { instructed: true }; }, fires: 'capacity-decision/imca', path: '/bestInterests/imca' },
  { name: 'not recorded whether anyone can be consulted', change: (d) => delete bi(d).someoneAppropriateToConsult, fires: 'capacity-decision/imca', path: '/bestInterests' },
  { name: 'an IMCA instructed before the decision', change: (d) => { noOneToConsult(d); bi(d).imca = { instructed: true, instructedAt: time(12), reportReceivedAt: time(12, 16) }; } },
  { name: 'another kind of decision with no one to consult', change: (d) => { noOneToConsult(d); d.decision!.category = 'other'; } },

  // important-to-and-for
  { name: 'nothing important to her recorded', change: (d) => delete d.importantTo, fires: 'capacity-decision/important-to-and-for', path: '', severity: 'warning' },
  { name: 'nothing important for her recorded', change: (d) => (d.importantFor = []), fires: 'capacity-decision/important-to-and-for', path: '', severity: 'warning' },
];

describe('capacity decision rules', () => {
  it('leave the fixture record clean', () => {
    expect(validate(lacksCapacityDecision()).findings).toEqual([]);
  });

  it.each(cases.map((c) => [c.name, c]))('%s', (_, c) => expectRuleCase(c, lacksCapacityDecision, validate));

  it('never change the record they check', () => {
    const record = lacksCapacityDecision();
    delete record.practicableSteps;
    const before = structuredClone(record);
    validate(Object.freeze(record));
    expect(record).toEqual(before);
  });
});

describe('reasons that rest on the decision being unwise', () => {
  it.each([
    'Her decision to go home is unwise.',
    'He keeps making unwise decisions about money',
    'She lacks capacity as her choices are too risky for her.',
    'The plan she wants would be dangerous.',
    'Going home is not in her best interests, so she lacks capacity.',
    'Her decision to stop her insulin is foolish.',
    'His wish to live alone is irrational given his falls.',
    'She is being reckless with her money.',
    'Mr B behaves irrationally when offered support.',
    'Staying at home is against her own interests.',
    'The choice to refuse carers is not sensible.',
    'Her plan to walk to town at night makes no sense.',
    'He keeps making silly choices about who he lets in.',
    'Refusing the hoist is contrary to his interests.',
    'She is able to understand. Her wish is foolish; she cannot see it.',
  ])('finds "%s"', (text) => {
    expect(restsOnUnwisdom(text)).toBe(true);
  });

  it.each([
    'It would be unwise to delay the decision.',
    'Although her choice may seem unwise to others, she cannot retain the information.',
    'Even though the decision is risky, that is not why: she cannot weigh the information.',
    'She lacks capacity not because the decision is unwise but because she cannot retain the information.',
    'She cannot use or weigh the information about the bad weather on the stairs.',
    'Her poor eyesight was helped with large print.',
    'Section 1(4) was considered: an unwise decision is not a reason.',
    'However reckless her choice may look, she understood and weighed the risks; she cannot communicate it.',
    'She told us that the carers ask her irrational questions.',
    'The reckless driver who hit her car has not been traced.',
    'He cannot retain the information about his interests in the flat for more than a minute.',
    'Mrs K acted sensibly when she rang the pendant alarm.',
  ])('does not find "%s"', (text) => {
    expect(restsOnUnwisdom(text)).toBe(false);
  });
});
