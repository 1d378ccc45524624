// Writes a FHIR R4 Questionnaire (SDC) for every record kind and published version into src/generated/. Built from @goodday/forms' form-ready schemas (every `$ref` already resolved) and
// its layouts (the order of the conversation): a group for each object, `repeats` for each list, linkId = the
// field's JSON Pointer with list positions left out, text = title, help text (a display item with the itemControl
// "help", as SDC has it) = the prompt and description, a contained ValueSet for each code list, and `enableWhen`
// on each section the layout says waits for another. `--check` writes nothing and fails when a file differs.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSchemas } from '../../../scripts/read-schemas.mjs';
import { syncGenerated } from '../../../scripts/sync-generated.mjs';

// The forms package's built output: its form-ready schemas and layouts are what the Questionnaires are made from.
const forms = await import('@goodday/forms').catch(() => {
  console.error('build-fhir: @goodday/forms is not built: run `pnpm --filter @goodday/forms build` (or `pnpm build`) first.');
  process.exit(1);
});
const { formSchema, formVersions, layouts } = forms;
const { recordKinds } = await import('@goodday/schemas');

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '../src/generated');
const BANNER = 'Generated from schemas/ by packages/fhir/scripts/build-fhir.mjs. Generated — do not edit.';
const BANNER_TS = `/* ${BANNER} */`;

/** Where Good Day's own FHIR definitions live: code systems for its code lists. */
export const CODE_SYSTEM_BASE = 'https://goodday.dev/fhir/CodeSystem';
const ITEM_CONTROL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
const ITEM_CONTROL_SYSTEM = 'http://hl7.org/fhir/questionnaire-item-control';
const ENTRY_FORMAT = 'http://hl7.org/fhir/StructureDefinition/entryFormat';
// An expansion's time, fixed so the build is reproducible: the expansion is the whole code list, which changes only
// with a schema. Renderers (LHC-Forms among them) read a contained ValueSet's expansion, not its compose.
const EXPANDED_AT = '2026-01-01T00:00:00Z';
// A string this long or longer is a passage of words: a multi-line text item, not a one-line string.
const TEXT_FROM = 1000;

const fail = (message) => {
  throw new Error(`build-fhir: ${message}`);
};

const kebab = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const pascal = (kind) => kind.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase());
const escapePointer = (key) => key.replace(/~/g, '~0').replace(/\//g, '~1');
const isCodeList = (node) => Array.isArray(node.oneOf) && node.oneOf.length > 0 && node.oneOf.every((b) => typeof b?.const === 'string');
const sentence = (text) => (/[.?!:]$/.test(text) ? text : `${text}.`);

/** The shared code lists by their codes in order, from every common schema: their names give the ValueSets theirs. */
function namedCodeLists(byId) {
  const named = new Map();
  for (const entry of byId.values()) {
    if (entry.name !== 'common') continue;
    for (const [name, def] of Object.entries(entry.doc.$defs ?? {})) if (isCodeList(def)) named.set(JSON.stringify(def.oneOf.map((b) => b.const)), name);
  }
  return named;
}

/** One Questionnaire's conversion: the ValueSets its code lists need, each once. */
class Builder {
  constructor(kind, named) {
    this.kind = kind;
    this.named = named;
    this.valueSets = new Map();
    this.linkIds = new Set();
  }

  linkId(id) {
    if (this.linkIds.has(id)) fail(`${this.kind}: the linkId ${id} is used twice`);
    this.linkIds.add(id);
    return id;
  }

  /** The contained ValueSet for a code list (made on first use) and the code system its codes belong to. */
  valueSet(node, path) {
    const codes = node.oneOf.map((b) => b.const);
    const key = JSON.stringify(codes);
    const found = this.valueSets.get(key);
    if (found) return found;
    const shared = this.named.get(key);
    const base = shared ? kebab(shared) : `${this.kind}-${path.split('/').filter(Boolean).map(kebab).join('-')}`;
    const taken = new Set([...this.valueSets.values()].map((v) => v.resource.id));
    let id = base.slice(0, 60);
    for (let i = 2; taken.has(id); i += 1) id = `${base.slice(0, 60)}-${i}`;
    const system = `${CODE_SYSTEM_BASE}/${id}`;
    const resource = {
      resourceType: 'ValueSet',
      id,
      name: shared ?? `${pascal(this.kind)}${path.split('/').filter(Boolean).map(pascal).join('')}`.slice(0, 255),
      ...(node.title ? { title: node.title } : {}),
      status: 'active',
      compose: { include: [{ system, concept: node.oneOf.map((b) => ({ code: b.const, ...(b.title ? { display: b.title } : {}) })) }] },
      expansion: { timestamp: EXPANDED_AT, total: node.oneOf.length, contains: node.oneOf.map((b) => ({ system, code: b.const, ...(b.title ? { display: b.title } : {}) })) },
    };
    const made = { resource, system, labels: new Map(node.oneOf.map((b) => [b.const, b.title])) };
    this.valueSets.set(key, made);
    return made;
  }

  /** The help a person filling in the item reads: the question to ask, then what the field is for. */
  help(node, linkId) {
    const words = [];
    if (node['x-prompt']) words.push(sentence(node['x-prompt']));
    if (node.description) words.push(sentence(node.description));
    if (words.length === 0) return [];
    return [
      {
        linkId: this.linkId(`${linkId}#help`),
        type: 'display',
        text: words.join(' '),
        extension: [{ url: ITEM_CONTROL, valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code: 'help', display: 'Help-Button' }], text: 'Help-Button' } }],
      },
    ];
  }

  /** The Questionnaire item of one field: the value's schema node, under its parent's linkId. */
  item(key, node, parent, required, list = false) {
    const linkId = list ? parent : this.linkId(`${parent}/${escapePointer(key)}`);
    const text = node.title ?? key;
    const common = { linkId, text, ...(required ? { required: true } : {}) };
    if (node.type === 'array') {
      if (list) fail(`${linkId}: a list of lists has no Questionnaire item`);
      const items = node.items ?? fail(`${linkId}: a list without items`);
      const inner = this.item(key, { ...items, title: node.title ?? items.title, description: node.description ?? items.description, 'x-prompt': node['x-prompt'] ?? items['x-prompt'] }, linkId, required, true);
      return { ...inner, repeats: true };
    }
    if (node.const !== undefined) fail(`${linkId}: a constant has no Questionnaire item`);
    if (node.type === 'object') {
      const requiredKeys = new Set(node.required ?? []);
      const children = Object.entries(node.properties ?? {}).map(([k, child]) => this.item(k, child, linkId, requiredKeys.has(k)));
      if (children.length === 0) fail(`${linkId}: an object without properties`);
      return { ...common, type: 'group', item: [...this.help(node, linkId), ...children] };
    }
    const help = this.help(node, linkId);
    const nested = help.length > 0 ? { item: help } : {};
    if (isCodeList(node)) return { ...common, type: 'choice', answerValueSet: `#${this.valueSet(node, linkId).resource.id}`, ...nested };
    const example = Array.isArray(node.examples) && typeof node.examples[0] === 'string' ? { extension: [{ url: ENTRY_FORMAT, valueString: node.examples[0] }] } : {};
    switch (node.type) {
      case 'string': {
        if (node.format === 'date') return { ...common, type: 'date', ...example, ...nested };
        if (node.format === 'date-time') return { ...common, type: 'dateTime', ...example, ...nested };
        const maxLength = typeof node.maxLength === 'number' ? { maxLength: node.maxLength } : {};
        return { ...common, type: (node.maxLength ?? Infinity) >= TEXT_FROM ? 'text' : 'string', ...maxLength, ...example, ...nested };
      }
      case 'boolean':
        return { ...common, type: 'boolean', ...nested };
      case 'integer':
        return { ...common, type: 'integer', ...nested };
      case 'number':
        return { ...common, type: 'decimal', ...nested };
      default:
        return fail(`${linkId}: no Questionnaire item for a node of type ${JSON.stringify(node.type)}`);
    }
  }
}

/** The question a condition on a field turns on: a required answer inside it, the first one when none is required. */
function leafOf(item) {
  if (item.type !== 'group') return item;
  const children = item.item.filter((c) => c.type !== 'display');
  return leafOf(children.find((c) => c.required) ?? children[0]);
}

/**
 * `enableWhen` for a section's condition (forms' `Condition`, a small JSON Schema on one top-level field): each
 * required field must exist, each constant must be the answer, a list must have an item that meets `contains`.
 */
function enableWhenOf(condition, item, builder) {
  const out = [];
  const childOf = (key) => item.item?.find((c) => c.linkId === `${item.linkId}/${escapePointer(key)}`) ?? fail(`${item.linkId}: the layout waits for ${key}, which it does not have`);
  const exists = (target) => out.push({ question: leafOf(target).linkId, operator: 'exists', answerBoolean: true });
  if (condition.contains) out.push(...enableWhenOf(condition.contains, item, builder));
  for (const key of condition.required ?? []) {
    const child = childOf(key);
    const constant = condition.properties?.[key]?.const;
    if (constant === undefined) exists(child);
    else if (typeof constant === 'boolean') out.push({ question: child.linkId, operator: '=', answerBoolean: constant });
    else {
      const valueSet = builder.valueSetOf(child);
      out.push({ question: child.linkId, operator: '=', answerCoding: { system: valueSet.system, code: constant, display: valueSet.labels.get(constant) } });
    }
  }
  if (out.length === 0) exists(item);
  return out;
}

/** The Questionnaire of one kind and version. */
export function questionnaireOf(kind, version, named) {
  const schema = formSchema(kind, version);
  const $id = schema.properties.$schema.const;
  const builder = new Builder(kind, named);
  builder.valueSetOf = (item) => [...builder.valueSets.values()].find((v) => `#${v.resource.id}` === item.answerValueSet) ?? fail(`${item.linkId} is not a choice`);
  const required = new Set(schema.required ?? []);
  const fields = Object.keys(schema.properties).filter((k) => k !== '$schema');
  const layout = layouts[kind] ?? fail(`${kind} has no layout in @goodday/forms`);
  const placed = layout.sections.flatMap((s) => s.fields);
  const missing = fields.filter((f) => !placed.includes(f));
  if (missing.length > 0) fail(`${kind} ${version}: the layout does not place ${missing.join(', ')}`);
  const items = new Map(fields.map((f) => [f, builder.item(f, schema.properties[f], '', required.has(f))]));
  const ordered = [];
  for (const section of layout.sections) {
    const waits = section.waits ? enableWhenOf(section.waits.schema, items.get(section.waits.field) ?? fail(`${kind}: no field ${section.waits.field}`), builder) : [];
    for (const field of section.fields) {
      const item = items.get(field);
      if (!item) continue;
      ordered.push(waits.length === 0 ? item : { ...item, enableWhen: waits, ...(waits.length > 1 ? { enableBehavior: 'all' } : {}) });
    }
  }
  return {
    resourceType: 'Questionnaire',
    id: `goodday-${kind}-${version}`,
    url: $id,
    version,
    name: `GoodDay${pascal(kind)}`,
    title: schema.title ?? kind,
    status: 'active',
    ...(schema.description ? { description: schema.description } : {}),
    contained: [...builder.valueSets.values()].map((v) => v.resource),
    item: ordered,
  };
}

/** Every generated file, by name, with its contents. */
export function buildFiles(byId = readSchemas()) {
  const named = namedCodeLists(byId);
  const files = new Map();
  const imports = [];
  const rows = [];
  for (const kind of recordKinds) {
    for (const version of formVersions(kind)) {
      const file = `${kind}-${version}.json`;
      files.set(file, `${JSON.stringify({ $comment: BANNER, kind, version, questionnaire: questionnaireOf(kind, version, named) }, null, 2)}\n`);
      const id = `${kind.replace(/-([a-z])/g, (_m, c) => c.toUpperCase())}${version.replace(/\./g, '_')}`;
      imports.push(`import ${id} from './${file}' with { type: 'json' };`);
      rows.push(`  asGenerated(${id}),`);
    }
  }
  files.set(
    'index.ts',
    `${BANNER_TS}\nimport { asGenerated, type GeneratedQuestionnaire } from '../generated-questionnaire.js';\n${imports.join('\n')}\n\n/** Every Questionnaire: one per record kind and published version, oldest first. */\nexport const questionnaires: readonly GeneratedQuestionnaire[] = [\n${rows.join('\n')}\n];\n`,
  );
  return files;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const check = process.argv.includes('--check');
  const files = buildFiles();
  const stale = [];
  syncGenerated(outDir, files, check, stale);
  if (check && stale.length > 0) {
    console.error(`Generated Questionnaires are out of date (${stale.join(', ')}): run \`pnpm --filter @goodday/fhir generate\`.`);
    process.exit(1);
  }
  console.log(check ? `The ${files.size} files in src/generated are up to date.` : `Wrote ${files.size} files into src/generated (a Questionnaire per kind and version).`);
}
