import { dataNotHeld, labelOf } from './code-list.js';

/** A field a record cannot say: at System Level no Good Day schema holds it; at Individual Level this record leaves it out. */
export interface NotHeld {
  readonly notHeld: 'system-level' | 'individual-level';
}

export const SYSTEM_LEVEL: NotHeld = { notHeld: 'system-level' };
export const INDIVIDUAL_LEVEL: NotHeld = { notHeld: 'individual-level' };

/** A field's value as a mapping gives it: the text to write, or why it is not held. */
export type CldValue = string | NotHeld;

export const isNotHeld = (value: CldValue): value is NotHeld => typeof value !== 'string';

/** The specification's "Data Not Held" label for a value that is not held. */
export const notHeldLabel = (value: NotHeld): string => labelOf(dataNotHeld, value.notHeld);
