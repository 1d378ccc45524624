import type { AdviceTopic } from '@goodday/schemas';
import type { Violation } from '../rule.js';

/** The two topics written advice must cover (Care Act 2014 s13(5) and s25(1)(f)), with how messages name them. */
export const REQUIRED_ADVICE: ReadonlyArray<readonly [AdviceTopic, string]> = [
  ['meeting-or-reducing-needs', 'what can be done to meet or reduce the needs'],
  ['preventing-or-delaying-needs', 'what can be done to prevent or delay needs in future'],
];

/** The required topics no advice item covers, each with how messages name it. */
export function missingAdvice(advice: ReadonlyArray<{ topic: AdviceTopic }> | undefined): Array<readonly [AdviceTopic, string]> {
  const given = new Set((advice ?? []).map((a) => a.topic));
  return REQUIRED_ADVICE.filter(([topic]) => !given.has(topic));
}

/** No eligible needs ⇒ written advice on both topics (Care Act 2014 s13(5)), for needs and carer's assessments alike. */
export function* adviceWhenNoneEligible(record: { readonly eligibility?: { readonly eligible: boolean }; readonly advice?: ReadonlyArray<{ topic: AdviceTopic }> }): Iterable<Violation> {
  if (record.eligibility?.eligible !== false) return;
  for (const [topic, about] of missingAdvice(record.advice)) {
    yield { path: '/eligibility', message: `No needs are eligible, but no advice is recorded on ${about}: give it in writing and record it in advice (topic ${topic}).` };
  }
}
