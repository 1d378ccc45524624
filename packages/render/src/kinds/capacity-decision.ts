import type { CapacityDecision } from '@goodday/schemas';
import type { ViewContext } from '../view.js';

const ABILITIES = ['understand', 'retain', 'useOrWeigh', 'communicate'] as const;

/** What the capacity decision template shows. */
export function capacityDecisionView(record: CapacityDecision, v: ViewContext) {
  const s = v.strings['capacity-decision'];
  const conclusion = record.conclusion;
  const bi = record.bestInterests;
  return {
    headings: { decision: v.fill(s.decision), whyAsked: v.fill(s.whyAsked), help: v.fill(s.help), test: v.fill(s.test), yourDecision: v.fill(s.yourDecision), bestInterests: v.fill(s.bestInterests) },
    decision: v.text(record.decision?.asPutToPerson),
    date: v.date(record.assessedAt),
    whyAsked: v.text(record.reasonToDoubt?.text),
    help: (record.practicableSteps ?? []).map((step) => v.text(step.what)),
    test: record.functionalTest
      ? {
          explained: v.fill(s.testExplained),
          abilities: ABILITIES.filter((a) => record.functionalTest?.[a]).map((a) => ({ ability: v.fill(s.abilities[a]), result: v.fill(record.functionalTest![a]!.met ? s.could : s.couldNot) })),
        }
      : undefined,
    conclusion: conclusion ? v.fill(conclusion.outcome === 'has-capacity' ? s.hasCapacity : s.lacksCapacity) : undefined,
    yourDecision: v.words(conclusion?.personsDecision),
    bestInterests: bi?.decision
      ? {
          explained: v.fill(s.bestInterestsExplained),
          wishes: v.words(bi.wishesAndFeelings),
          wishesHeading: v.fill(s.yourWishes),
          whoWeAsked: v.fill(s.whoWeAsked),
          consulted: (bi.consulted ?? []).map((c) => v.text([c.name, c.relationship].filter(Boolean).join(', '))),
          decidedHeading: v.fill(s.decided),
          decided: v.text(bi.decision),
          whyHeading: v.fill(s.why),
          why: v.text(bi.reasons),
          advocate: bi.imca?.instructed ? v.fill(s.advocate) : undefined,
        }
      : undefined,
  };
}
