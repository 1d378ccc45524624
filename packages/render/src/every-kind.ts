import { identify, validate } from '@goodday/validate';
import { templatesByKind } from './generated/templates/index.js';
import { views } from './generated/views.js';
import { renderWith, type RenderKit, type RenderOptions } from './render.js';

// Every kind: the `.` entry. `@goodday/render/<kind>` builds the same from one kind's validator, view and templates.
const every: RenderKit = {
  validate,
  identify,
  kinds: Object.fromEntries(Object.entries(views).map(([kind, view]) => [kind, { view, templates: templatesByKind[kind as keyof typeof templatesByKind] }])),
};

/**
 * Renders a record as a document the person can read, in HTML, Markdown or plain text. The person's words
 * appear as they said them and attributed; codes become plain labels; dates read like "3 March 2026"; empty
 * parts of a draft are left out.
 *
 * @throws {RenderRefusedError} when the record has error findings, or is a draft and `drafts` is not set.
 * @throws {GoodDayInputError} when the input is not a Good Day record (see `validate`).
 */
export function render(record: unknown, options: RenderOptions = {}): string {
  return renderWith(every, record, options);
}
