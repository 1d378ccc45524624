import type { CapacityDecision } from '@goodday/schemas';
import type { Rule } from '../../rule.js';
import { fromVersion } from '../version.js';

// Wording that assesses a person's capacity in general, which the Act does not recognise.
const general = /\b(?:capacity (?:in general|generally|overall)|general capacity|overall capacity|global capacity|all (?:decisions|aspects of (?:her|his|their) life)|any decisions?)\b/i;

// Words that name each matter a decision can be about, to see when one decision's wording joins several.
const matterWords: readonly (readonly [string, RegExp])[] = [
  ['where to live', /\b(?:live|living|move|moving|care home|nursing home|residential care|accommodation|tenancy|placement)\b/i],
  ['medical treatment', /\b(?:treatment|operation|surgery|medication|medicines?|injections?|vaccin\w*|dialysis|insulin|tablets|anaesthetic)\b/i],
  ['money and property', /\b(?:money|finances?|financial|bank|bills|property|pension|benefits|savings)\b/i],
  ['contact with other people', /\b(?:contact with|see (?:her|his|their) \w+|visits? from|relationship with)\b/i],
  ['care and support', /\b(?:carers?|care and support|care package|home care|personal care|day centre|support at home)\b/i],
  ['sharing information', /\b(?:share|sharing|disclos\w+)\b/i],
];
// "and", "as well as", "also", "plus", "&" or ";" join two questions; "or" only offers the options of one.
const joins = /\b(?:and|as well as|also|plus)\b|[&;]/i;

/** The matters a decision's wording names, when it joins more than one of them; empty otherwise. */
export function joinedMatters(question: string): readonly string[] {
  if (!joins.test(question)) return [];
  const named = matterWords.filter(([, words]) => words.test(question)).map(([matter]) => matter);
  return named.length > 1 ? named : [];
}

export const oneDecision: Rule<CapacityDecision> = {
  id: 'capacity-decision/one-decision',
  title: 'One decision at a time',
  kind: 'capacity-decision',
  severity: 'error',
  stage: 'draft',
  message: 'The record is about one specific decision on one matter, as it was put to the person, and says when capacity was assessed.',
  hint: 'Write the one decision as you put it to the person, the matter it is about, and the date and time you assessed it. Assess other decisions in their own records.',
  source: 'Mental Capacity Act 2005 s2(1) ("in relation to a matter")',
  *check(record) {
    const question = record.decision?.asPutToPerson;
    if (!question) {
      yield { path: record.decision ? '/decision' : '', message: 'The record does not say which decision capacity is assessed for: write the one decision, as you put it to the person.' };
    } else if (general.test(question)) {
      yield { path: '/decision/asPutToPerson', message: 'The decision reads as capacity in general, which the Act does not recognise: name the one decision the person faces now, and assess any other in its own record.' };
    } else if (fromVersion(record, '1.1.0')) {
      // The matter code and the check on it came with 1.1.0; a 1.0.0 record cannot say it.
      if (!record.decision!.matter) {
        yield { path: '/decision', message: 'The record does not say which one matter the decision is about: choose it in decision.matter.' };
      }
      const joined = joinedMatters(question);
      if (joined.length > 0) {
        yield {
          path: '/decision/asPutToPerson',
          severity: 'warning',
          message: `The decision, as put to the person, seems to join several matters (${joined.join(', ')}): capacity is decided one matter at a time, so put each to the person, and assess it, on its own.`,
        };
      }
    }
    if (!record.assessedAt) {
      yield { path: '', message: 'The record does not say when capacity was assessed: capacity is about a decision at a time, so add assessedAt.' };
    }
  },
};
