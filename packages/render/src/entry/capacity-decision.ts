import { identify, validate } from '@goodday/validate/capacity-decision';
import { capacityDecisionView } from '../kinds/capacity-decision.js';
import { renderWith, type RenderKit, type RenderOptions } from '../render.js';

// One kind's validator and view only, so that a bundle of this entry carries no other kind's code.
const kit: RenderKit = {
  validate,
  identify,
  views: { 'capacity-decision': capacityDecisionView },
  onlyFor: '@goodday/render/capacity-decision renders only that kind; use @goodday/render for any kind',
};

/**
 * Renders a capacity-decision record as a document the person can read, as `render` from `@goodday/render` does.
 *
 * @throws {RenderRefusedError} when the record has error findings, is a draft and `drafts` is not set, or (trusted) is of another kind.
 * @throws {GoodDayInputError} when the input is not a Good Day record, or is a record of another kind.
 */
export function render(record: unknown, options?: RenderOptions): string {
  return renderWith(kit, record, options);
}

export { RenderRefusedError, type RenderOptions, type PartName } from '../render.js';
export { defaultStrings, type Strings, type StringsOverride, type DeepPartial } from '../strings.js';
export type { Format } from '../escape.js';
