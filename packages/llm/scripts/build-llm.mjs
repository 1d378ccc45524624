// Writes a schema a model can be held to for every record kind, version and provider into src/generated/, and the same
// files into docs/llm/: every object closed, every property required (optional ones as a union with null), code lists
// as `enum`, every `$ref` local, and what the provider does not support said in words in `description`. Anthropic's
// strict mode allows 16 union-typed parameters a request, so an Anthropic record is split into sections that each stay
// inside that limit (one request each; `fromModelOutput` joins them). `--check` writes nothing and fails on a difference.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSchemas } from '../../../scripts/read-schemas.mjs';
import { syncGenerated } from '../../../scripts/sync-generated.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '../src/generated');
const docsDir = join(here, '../../../docs/llm');
const BANNER = 'Generated from schemas/ by packages/llm/scripts/build-llm.mjs. Generated — do not edit.';
const BANNER_TS = `/* ${BANNER} */`;

/** Keywords each provider's strict mode keeps as keywords; any other constraint is said in words. */
export const KEPT = {
  openai: new Set(['pattern', 'format', 'minItems', 'maxItems', 'minimum', 'maximum']),
  anthropic: new Set(['pattern', 'format']),
};
/** Anthropic strict mode: at most this many parameters typed as a union (`anyOf` or a type list) a request. */
export const ANTHROPIC_UNION_LIMIT = 16;
/** Anthropic strict mode: at most this many optional parameters a request. */
export const ANTHROPIC_OPTIONAL_LIMIT = 24;
const PERSONS_WORDS = 'Copy what the person said from the transcript, word for word: do not paraphrase, summarise or correct it.';

const fail = (message) => {
  throw new Error(`build-llm: ${message}`);
};

const number = (n) => n.toLocaleString('en-GB');
const sentence = (text) => (/[.?!:]$/.test(text) ? text : `${text}.`);
const isCodeList = (node) => Array.isArray(node.oneOf) && node.oneOf.length > 0 && node.oneOf.every((b) => typeof b?.const === 'string');

/** The constraints a provider cannot enforce, in words a model follows. */
function constraintWords(node, kept) {
  const words = [];
  const say = (keyword, text) => {
    if (node[keyword] !== undefined && !kept.has(keyword)) words.push(text);
  };
  if (node.format === 'date-time') words.push('A date and time such as 2026-03-03T10:15:00Z.');
  if (node.format === 'date') words.push('A date such as 2026-03-03.');
  say('minLength', node.minLength === 1 ? 'Never empty.' : `At least ${number(node.minLength ?? 0)} characters.`);
  say('maxLength', `At most ${number(node.maxLength ?? 0)} characters.`);
  say('pattern', `Matching the pattern ${node.pattern}.`);
  say('minItems', `At least ${number(node.minItems ?? 0)} items.`);
  say('maxItems', `At most ${number(node.maxItems ?? 0)} items.`);
  if (node.uniqueItems === true) words.push('No item more than once.');
  say('minimum', `At least ${number(node.minimum ?? 0)}.`);
  say('maximum', `At most ${number(node.maximum ?? 0)}.`);
  return words;
}

/** One document's conversion: definitions it refers to land in its own `$defs`, under names that do not clash. */
class Converter {
  constructor(provider, byId) {
    this.provider = provider;
    this.kept = KEPT[provider];
    this.byId = byId;
    this.defs = new Map();
    this.names = new Map();
  }

  target(ref, base) {
    const url = new URL(ref, base);
    const document = url.href.slice(0, url.href.length - url.hash.length);
    const entry = this.byId.get(document) ?? fail(`${ref} (from ${base}) is not a published schema`);
    const pointer = decodeURIComponent(url.hash.slice(1));
    const node = pointer
      .split('/')
      .slice(1)
      .reduce((n, part) => (n && typeof n === 'object' && part in n ? n[part] : fail(`${ref} points at nothing`)), entry.doc);
    return { key: url.href, node, base: entry.doc.$id, defName: pointer.split('/').at(-1) };
  }

  /** A local `$ref` for a bare reference to an object definition; the definition converted once. */
  local(target, seen) {
    if (!this.names.has(target.key)) {
      const taken = new Set(this.names.values());
      let name = target.defName;
      for (let i = 2; taken.has(name); i += 1) name = `${target.defName}${i}`;
      this.names.set(target.key, name);
      this.defs.set(name, this.convert(target.node, target.base, [...seen, target.key], target.defName));
    }
    return { $ref: `#/$defs/${this.names.get(target.key)}` };
  }

  /** The node with its `$ref` resolved: the referring node's own keywords win over the definition's. */
  merged(node, base, seen) {
    if (typeof node.$ref !== 'string') return { node, base, defName: undefined };
    const target = this.target(node.$ref, base);
    if (seen.includes(target.key)) fail(`${target.key} refers to itself`);
    const inner = this.merged(target.node, target.base, [...seen, target.key]);
    const { $ref, ...own } = node;
    return { node: { ...inner.node, ...own }, base: inner.base, defName: target.defName, key: target.key };
  }

  convert(raw, base, seen, defName) {
    // A bare reference to an object keeps its definition in `$defs`; one with its own words is written out in place.
    if (typeof raw.$ref === 'string' && Object.keys(raw).length === 1) {
      const target = this.target(raw.$ref, base);
      const resolved = this.merged(target.node, target.base, [...seen, target.key]).node;
      if (resolved.type === 'object') return this.local(target, seen);
    }
    const { node, base: at, defName: refName } = this.merged(raw, base, seen);
    const name = refName ?? defName;
    const words = [];
    if (node.title) words.push(sentence(node.title));
    if (node.description) words.push(sentence(node.description));
    if (name === 'PersonsWords' && node.type === 'object') words.push(PERSONS_WORDS);
    if (node['x-prompt']) words.push(`A question to ask: "${node['x-prompt']}"`);
    const out = {};
    if (isCodeList(node)) {
      out.type = 'string';
      out.enum = node.oneOf.map((b) => b.const);
      words.push(`One of: ${node.oneOf.map((b) => (b.title ? `"${b.const}" (${b.title})` : `"${b.const}"`)).join('; ')}.`);
    } else if (node.const !== undefined) {
      out.type = typeof node.const;
      out.enum = [node.const];
    } else if (node.oneOf || node.anyOf || node.allOf) {
      fail(`${at}: only code lists may use oneOf`);
    } else {
      if (node.type === undefined) fail(`${at}: a node without a type`);
      out.type = node.type;
    }
    words.push(...constraintWords(node, this.kept));
    if (Array.isArray(node.examples) && node.examples.length > 0) words.push(`For example: ${node.examples.map((e) => JSON.stringify(e)).join(', ')}.`);
    for (const keyword of this.kept) if (node[keyword] !== undefined && (keyword !== 'format' || ['date-time', 'date'].includes(node.format))) out[keyword] = node[keyword];
    if (node.type === 'array') out.items = this.convert(node.items ?? fail(`${at}: an array without items`), at, seen);
    if (node.type === 'object') {
      const required = new Set(node.required ?? []);
      const properties = {};
      for (const [key, schema] of Object.entries(node.properties ?? {})) {
        const converted = this.convert(schema, at, seen);
        // A model cannot know when something was said: it leaves `recordedAt` null, and `stamp` fills it in.
        if (key === 'recordedAt') properties[key] = nullable(converted, 'Leave this null: the time it was recorded is filled in when the record is saved.');
        else properties[key] = required.has(key) ? converted : nullable(converted);
        if (key === 'text' && name === 'PersonsWords') properties[key] = { ...properties[key], description: `${properties[key].description ?? ''} ${PERSONS_WORDS}`.trim() };
      }
      out.properties = properties;
      out.required = Object.keys(properties);
      out.additionalProperties = false;
    }
    return words.length > 0 ? { description: words.join(' '), ...out } : out;
  }
}

/** An optional property as a required one that may be null. */
function nullable(schema, when = 'Null when the transcript does not say.') {
  const { description, ...rest } = schema;
  const words = `${description ? `${description} ` : ''}${when}`;
  if (rest.$ref || rest.type === 'object' || rest.type === 'array') return { description: words, anyOf: [rest, { type: 'null' }] };
  return { description: words, ...rest, type: [rest.type, 'null'], ...(rest.enum ? { enum: [...rest.enum, null] } : {}) };
}

/** How many parameters of a schema are typed as a union, definitions included. */
export function unionCount(schema) {
  let count = 0;
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node.anyOf) || Array.isArray(node.type)) count += 1;
    for (const [key, value] of Object.entries(node)) if (key !== 'enum') walk(value);
  };
  walk(schema);
  return count;
}

/** A document for some of a record's top-level properties (all of them when `keys` is undefined). */
function documentOf(entry, byId, provider, keys) {
  const converter = new Converter(provider, byId);
  const { doc } = entry;
  const picked = keys === undefined ? doc : { ...doc, properties: Object.fromEntries(keys.map((k) => [k, doc.properties[k]])), required: (doc.required ?? []).filter((k) => keys.includes(k)) };
  const { $defs: _defs, ...body } = converter.convert({ ...picked, $defs: undefined }, doc.$id, [], undefined);
  const defs = Object.fromEntries([...converter.defs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { ...body, ...(converter.defs.size > 0 ? { $defs: defs } : {}) };
}

/** A property that may be null as one that may be left out: what the null branch said, without it. */
function withoutNull(schema) {
  if (Array.isArray(schema.anyOf)) {
    const [inner] = schema.anyOf;
    return { description: schema.description.replace('Null when', 'Left out when'), ...inner };
  }
  const { type, enum: values, ...rest } = schema;
  return { ...rest, description: schema.description.replace('Null when', 'Left out when'), type: type[0], ...(values ? { enum: values.filter((v) => v !== null) } : {}) };
}

/**
 * Anthropic: past the union limit, the last nullable properties in document order become optional ones instead
 * (left out rather than null), which the optional-parameter limit allows.
 */
function optionalise(schema) {
  const doc = structuredClone(schema);
  const found = [];
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    if (node.type === 'object' && node.properties) {
      for (const [key, value] of Object.entries(node.properties)) if (Array.isArray(value.anyOf) || Array.isArray(value.type)) found.push({ owner: node, key });
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'enum') walk(value);
  };
  walk(doc);
  // Deepest first, so that an object copied out of its union already holds its own changes.
  for (const { owner, key } of found.slice(ANTHROPIC_UNION_LIMIT).reverse()) {
    owner.properties[key] = withoutNull(owner.properties[key]);
    owner.required = owner.required.filter((k) => k !== key);
  }
  return doc;
}

/**
 * The sections of a record for a provider: one for OpenAI; for Anthropic, top-level properties grouped in order so
 * that each section keeps inside the union and optional-parameter limits.
 */
export function sectionsOf(entry, byId, provider) {
  const keys = Object.keys(entry.doc.properties);
  if (provider === 'openai') return [{ name: 'record', keys, schema: documentOf(entry, byId, provider, undefined) }];
  const budget = ANTHROPIC_UNION_LIMIT + ANTHROPIC_OPTIONAL_LIMIT;
  const groups = [];
  let current = [];
  for (const key of keys) {
    const trial = [...current, key];
    const count = unionCount(documentOf(entry, byId, provider, trial));
    if (current.length === 0 && count > budget) fail(`${entry.doc.$id}: ${key} alone has ${count} properties that may be left out, more than Anthropic allows`);
    if (count > budget) {
      groups.push(current);
      current = [key];
    } else current = trial;
  }
  if (current.length > 0) groups.push(current);
  return groups.map((group, i) => ({ name: `part-${i + 1}`, keys: group, schema: optionalise(documentOf(entry, byId, provider, group)) }));
}

/** Every generated file, by name, with its contents. */
export function buildFiles(byId = readSchemas()) {
  const records = [...byId.values()].filter((e) => e.name !== 'common');
  const files = new Map();
  const rows = [];
  const imports = [];
  for (const entry of records) {
    for (const provider of ['openai', 'anthropic']) {
      const file = `${entry.name}-${entry.version}.${provider}.json`;
      const sections = sectionsOf(entry, byId, provider);
      files.set(file, `${JSON.stringify({ $comment: BANNER, kind: entry.name, version: entry.version, provider, sections }, null, 2)}\n`);
      const id = `${entry.name.replace(/-([a-z])/g, (_m, c) => c.toUpperCase())}${entry.version.replace(/\./g, '_')}_${provider}`;
      imports.push(`import ${id} from './${file}' with { type: 'json' };`);
      rows.push(`  asLlmSchema(${id}),`);
    }
  }
  files.set(
    'index.ts',
    `${BANNER_TS}\nimport { asLlmSchema, type LlmSchema } from '../llm-schema-type.js';\n${imports.join('\n')}\n\n/** Every schema for models: one per record kind, published version and provider. */\nexport const llmSchemas: readonly LlmSchema[] = [\n${rows.join('\n')}\n];\n`,
  );
  return files;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const check = process.argv.includes('--check');
  const files = buildFiles();
  const docs = new Map([...files].filter(([name]) => name.endsWith('.json')));
  const stale = [];
  syncGenerated(outDir, files, check, stale);
  syncGenerated(docsDir, docs, check, stale);
  if (check && stale.length > 0) {
    console.error(`Generated model schemas are out of date (${stale.join(', ')}): run \`pnpm --filter @goodday/llm generate\`.`);
    process.exit(1);
  }
  console.log(check ? `The ${files.size} files in src/generated and docs/llm are up to date.` : `Wrote ${files.size} files into src/generated and ${docs.size} into docs/llm.`);
}
