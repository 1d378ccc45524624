import type { Violation } from '../rule.js';
import { pointer } from '../json-pointer.js';

interface Described {
  readonly inPersonsWords?: { readonly text: string; readonly describedBy: string; readonly supportedBy?: unknown };
  readonly practitionerDescription?: { readonly text: string };
}

// Case and spacing differences do not make practitioner wording the person's own.
const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The problems with one item that must be in the person's words (a need, a goal): none recorded,
 * support or a representative not named, or the practitioner's wording copied in.
 */
export function* personsWordsViolations(item: Described, path: readonly (string | number)[], name: string, whenMissing: string): Iterable<Violation> {
  const words = item.inPersonsWords;
  if (!words) {
    yield { path: pointer(...path), message: whenMissing };
    return;
  }
  if (words.describedBy !== 'person' && !words.supportedBy) {
    yield {
      path: pointer(...path, 'inPersonsWords'),
      message: `${name} was described ${words.describedBy === 'representative' ? 'by a representative' : 'with support'}, but not who that was: add supportedBy.`,
    };
  }
  if (item.practitionerDescription && normalise(item.practitionerDescription.text) === normalise(words.text)) {
    yield {
      path: pointer(...path, 'inPersonsWords', 'text'),
      message: `${name} has the practitioner's wording in place of the person's: record what the person said, in their words.`,
    };
  }
}
