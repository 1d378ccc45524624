import type { CapacityDecision, SafeguardingEnquiry } from '@goodday/schemas';
import type { Rule, ValidationContext, Violation } from '../../rule.js';

const capacitySchema = /^https:\/\/goodday\.dev\/schemas\/capacity-decision\//;
const isCapacityDecision = (r: unknown): r is Partial<CapacityDecision> =>
  r !== null && typeof r === 'object' && capacitySchema.test(String((r as { $schema?: unknown }).$schema));

/** Checks the enquiry's answer against the capacity decision it names, when the caller gave capacity decisions as related records. */
function* againstCapacityDecision(capacity: NonNullable<SafeguardingEnquiry['capacity']>, context: ValidationContext): Generator<Violation> {
  const id = capacity.capacityDecisionId;
  const decisions = (context.related ?? []).filter(isCapacityDecision);
  if (!id || decisions.length === 0) return;
  const decision = decisions.find((d) => d.id === id);
  if (!decision) {
    yield { path: '/capacity/capacityDecisionId', message: `The capacity decision ${id} is not among the related records given: check the id, or give the right record.` };
    return;
  }
  const expected = capacity.lackedCapacity === 'yes' ? 'lacks-capacity' : capacity.lackedCapacity === 'no' ? 'has-capacity' : undefined;
  const found = decision.conclusion?.outcome;
  if (expected && found !== expected) {
    const says = found === 'lacks-capacity' ? 'concludes that the person lacks capacity' : found === 'has-capacity' ? 'concludes that the person has capacity' : 'has no conclusion';
    yield { path: '/capacity/lackedCapacity', message: `The enquiry says the person ${expected === 'lacks-capacity' ? 'lacked' : 'did not lack'} capacity, but the capacity decision ${id} ${says}: correct whichever is wrong.` };
  }
}

export const capacityRecorded: Rule<SafeguardingEnquiry> = {
  id: 'safeguarding-enquiry/capacity-recorded',
  title: 'Capacity recorded',
  kind: 'safeguarding-enquiry',
  severity: 'error',
  stage: 'complete',
  message: 'A concluded enquiry records whether the person lacked capacity in relation to it; where they did, who supported them and the capacity decision that found it.',
  hint: 'Record whether the person lacked capacity (yes, no or don\'t know); if yes, record the advocate, family member or friend who supported them and the id of the capacity decision. Give the capacity decision as a related record to check the two agree.',
  source: 'Safeguarding Adults Collection SG3a',
  *check(enquiry, context) {
    const capacity = enquiry.capacity;
    if (!capacity) {
      yield { path: '', message: 'The enquiry does not record whether the person lacked capacity in relation to it: record it in capacity.' };
      return;
    }
    if (capacity.lackedCapacity === 'not-recorded') {
      yield { path: '/capacity/lackedCapacity', message: 'Whether the person lacked capacity is marked not recorded: find out, and record yes, no or don\'t know.' };
      return;
    }
    if (capacity.lackedCapacity === 'yes') {
      const missing = [
        capacity.supportedBy ? undefined : 'who supported them in the enquiry (supportedBy)',
        capacity.capacityDecisionId ? undefined : 'the capacity decision that found it (capacityDecisionId)',
      ].filter(Boolean);
      if (missing.length > 0) {
        yield { path: '/capacity', message: `The person lacked capacity, but the record does not say ${missing.join(' or ')}: add it.` };
      }
    }
    yield* againstCapacityDecision(capacity, context);
  },
};
