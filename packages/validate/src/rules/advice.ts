import type { AdviceTopic } from '@goodday/schemas';

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
