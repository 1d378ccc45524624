import { isRecordKind, parseSchemaId, type RecordKind } from '@goodday/schemas';
// Types only: the validator comes with the kit, so a one-kind bundle carries no other kind's schemas or rules.
import type { Finding } from '@goodday/validate';
import Handlebars from 'handlebars/runtime.js';
import type { TemplateDelegate } from 'handlebars';
import type { Format } from './escape.js';
import { formatPartials } from './generated/templates/parts.js';

// Handlebars declares the precompiled form but does not export its name.
type TemplateSpecification = Parameters<typeof Handlebars.template>[0];
import { defaultStrings, type Strings, type StringsOverride } from './strings.js';
import { createContext, type ViewContext } from './view.js';

/** The parts every format is made of; a vendor may replace any of them with a precompiled template. */
export type PartName = 'doc' | 'section' | 'words' | 'para' | 'note' | 'list' | 'item' | 'pairs' | 'pair';

export interface RenderOptions {
  /** Default 'html'. */
  readonly format?: Format;
  /** Wording to change: any part of the strings table. */
  readonly strings?: StringsOverride;
  /** Your own parts (precompiled with Handlebars, `noEscape: true`): data reaches them already escaped. */
  readonly partials?: Partial<Record<PartName, TemplateDelegate>>;
  /** Your organisation's name and contact details, for the foot of the document. */
  readonly organisation?: { readonly name: string; readonly contact?: string };
  /** Render drafts and open enquiries too (they say so at the top). Default false. */
  readonly drafts?: boolean;
  /** The record was validated already and had no errors: skip validating it again. Default false. */
  readonly trusted?: boolean;
}

// Registered, so the ESM and CommonJS builds (and two installed copies) share it where they share no class.
const REFUSED = Symbol.for('goodday.render-refused-error');

/** Why a record was not rendered, with the validation findings that stopped it. */
export class RenderRefusedError extends Error {
  override readonly name = 'RenderRefusedError';
  constructor(
    message: string,
    readonly findings: readonly Finding[],
  ) {
    super(message);
  }

  static {
    Object.defineProperty(this.prototype, REFUSED, { value: true });
  }

  /** `instanceof RenderRefusedError` holds for one made by any build of this package: by its brand and its findings. */
  static override [Symbol.hasInstance](value: unknown): value is RenderRefusedError {
    // A subclass keeps the ordinary check: being branded does not make an error one of its instances.
    if (this !== RenderRefusedError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === 'object' && value !== null && (value as { [REFUSED]?: unknown })[REFUSED] === true && Array.isArray((value as { findings?: unknown }).findings);
  }
}

/** Makes what a template shows from a record of one kind. */
export type View = (record: never, v: ViewContext) => object;

/** A kind's precompiled templates: calling the parts by name, and with each format's parts written in. */
export interface KindTemplates {
  readonly template: TemplateSpecification;
  readonly inlined: Readonly<Record<Format, TemplateSpecification>>;
}

/**
 * What a renderer is built from: how it validates and identifies records, and the view and templates of each
 * kind it renders. `@goodday/render` holds every kind; `@goodday/render/<kind>` one, so a bundle of it carries
 * no other kind's code.
 */
export interface RenderKit {
  readonly validate: (record: unknown, options: { language: false }) => { readonly kind: RecordKind; readonly findings: readonly Finding[] };
  readonly identify: (record: unknown) => { readonly kind: RecordKind };
  readonly kinds: Partial<Record<RecordKind, { readonly view: View; readonly templates: KindTemplates }>>;
  /** Said when a record is of a kind the kit has no view for. */
  readonly onlyFor?: string;
}

// Per format, an isolated Handlebars instance with that format's parts, so no other code's helpers or partials reach
// the templates; each template is made from its specification once, on first use.
const environments = new Map<Format, { env: typeof Handlebars; made: WeakMap<TemplateSpecification, TemplateDelegate> }>();

function templateFor(format: Format, spec: TemplateSpecification): { env: typeof Handlebars; run: TemplateDelegate } {
  let hit = environments.get(format);
  if (!hit) {
    const env = Handlebars.create();
    env.registerHelper('underline', (text: unknown, mark: unknown) => String(mark).repeat(String(text ?? '').length));
    for (const [name, part] of Object.entries(formatPartials[format])) env.registerPartial(name, env.template(part));
    environments.set(format, (hit = { env, made: new WeakMap() }));
  }
  let run = hit.made.get(spec);
  if (!run) hit.made.set(spec, (run = hit.env.template(spec)));
  return { env: hit.env, run };
}

/**
 * For a one-kind kit: its `identify`, which knows that kind's schemas only, widened to tell the kind any record
 * names in `$schema`, so that a trusted record of another kind is refused by name rather than as unknown.
 */
export const naming =
  (identify: RenderKit['identify']): RenderKit['identify'] =>
  (record) => {
    try {
      return identify(record);
    } catch (error) {
      const id = (record as { $schema?: unknown } | null)?.$schema;
      const named = typeof id === 'string' ? parseSchemaId(id) : undefined;
      if (named && isRecordKind(named.name)) return { kind: named.name };
      throw error;
    }
  };

const defaultContexts = new Map<Format, ViewContext>();
const defaultContext = (format: Format) => {
  let hit = defaultContexts.get(format);
  if (!hit) defaultContexts.set(format, (hit = createContext(format, defaultStrings)));
  return hit;
};

function merge<T>(base: T, override: unknown): T {
  if (override === undefined || override === null || typeof override !== 'object') return (typeof override === 'string' ? override : base) as T;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(override)) out[key] = merge((base as Record<string, unknown>)[key], value);
  return out as T;
}


/** `render` with the validator and views of a kit. */
export function renderWith(kit: RenderKit, record: unknown, options: RenderOptions = {}): string {
  const report = options.trusted ? { kind: kit.identify(record).kind, findings: [] as readonly Finding[] } : kit.validate(record, { language: false });
  const forKind = kit.kinds[report.kind];
  if (!forKind) throw new RenderRefusedError(`This is a Good Day ${report.kind.replace(/-/g, ' ')} record: ${kit.onlyFor ?? 'this renderer has no template for that kind'}.`, []);
  const errors = report.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) throw new RenderRefusedError(`The record is not valid (${errors.length} error${errors.length === 1 ? '' : 's'}, first: ${errors[0]!.ruleId}): fix it before rendering it for the person.`, errors);
  const status = (record as { status?: string }).status;
  const isDraft = status === 'draft' || status === 'open';
  if (isDraft && !options.drafts) throw new RenderRefusedError(`The record is ${status === 'open' ? 'an open enquiry' : 'a draft'}: pass drafts: true (goodday render --draft) to render it.`, []);

  const format = options.format ?? 'html';
  const strings = options.strings ? merge<Strings>(defaultStrings, options.strings) : defaultStrings;
  const v = strings === defaultStrings ? defaultContext(format) : createContext(format, strings);
  const view = forKind.view(record as never, v);
  // The person the record is about, or for a carer's assessment the carer.
  const about = record as { person?: { preferredName?: string }; carer?: { preferredName?: string } };
  const person = about.person?.preferredName ?? about.carer?.preferredName;
  const organisation = options.organisation;
  const doc = {
    title: v.fill(strings.documentTitle[report.kind]),
    intro: v.fill(strings.intro[report.kind]),
    forPerson: person ? v.fill(strings.forPerson, { name: person }) : '',
    draft: isDraft ? v.fill(strings.draft) : '',
    contact: organisation ? v.fill(organisation.contact ? strings.contactDetails : strings.contact, { organisation: organisation.name, details: organisation.contact }) : '',
  };

  const partials = options.partials ? Object.fromEntries(Object.entries(options.partials).filter(([, p]) => typeof p === 'function')) : undefined;
  const context = { ...view, doc };
  let output: string;
  if (partials && Object.keys(partials).length > 0) {
    const { env, run } = templateFor(format, forKind.templates.template);
    output = run(context, { partials: { ...env.partials, ...partials } as never });
  } else {
    output = templateFor(format, forKind.templates.inlined[format]).run(context);
  }
  // Markdown and text are laid out by blank lines: more than one in a row is the templates' own spacing.
  return format === 'html' ? output : `${output.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
