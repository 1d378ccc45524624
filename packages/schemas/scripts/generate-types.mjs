// Generates src/generated/types.ts from the JSON Schemas in the repository's schemas/ folder.
// Run with `pnpm --filter @goodday/schemas generate`; a test fails when the committed file drifts.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const here = dirname(fileURLToPath(import.meta.url));
export const schemasDir = join(here, '../../../schemas');
export const outputFile = join(here, '../src/generated/types.ts');

const BANNER = `/* eslint-disable */
/**
 * Generated from the JSON Schemas in schemas/ by packages/schemas/scripts/generate-types.mjs.
 * Generated — do not edit. Change the schema and run \`pnpm generate\` instead.
 */`;

const pascal = (kebab) => kebab.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());

/** Compares dotted versions numerically, so that 1.10.0 sorts after 1.9.0. */
const byVersion = (a, b) => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
};

/** The newest version of every schema, read from schemas/<name>/<version>.json. */
export function loadLatestSchemas(dir = schemasDir) {
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const versions = readdirSync(join(dir, name))
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.slice(0, -'.json'.length))
        .sort(byVersion);
      const version = versions.at(-1);
      return { name, version, schema: JSON.parse(readFileSync(join(dir, name, `${version}.json`), 'utf8')) };
    });
}

// Rewrites one schema node for the generator: local refs, type names from $defs keys only.
function prepare(node, isConstBranch = false) {
  if (Array.isArray(node)) return node.map((n) => prepare(n));
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref') out.$ref = '#/$defs/' + value.split('#/$defs/')[1];
    else if (key === 'title' || key === '$id' || key === '$schema' || key === 'x-prompt' || key === 'examples') continue;
    else if (key === 'properties') {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, prepareMember(v)]));
    } else if (key === '$defs') {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, prepare(v)]));
    } else if (key === 'oneOf' || key === 'anyOf' || key === 'allOf') {
      out[key] = value.map((branch) => prepare(branch, true));
    } else if (key === 'description' && isConstBranch) continue;
    else out[key] = typeof value === 'object' ? prepare(value) : value;
  }
  // A $ref with sibling annotations would be copied under a new name; keep the bare reference.
  if (out.$ref) return { $ref: out.$ref };
  return out;
}

/** The words a property's own schema gives it, title first, for the member's JSDoc. */
export function memberDoc(property) {
  return [property.title, property.description].filter((s) => typeof s === 'string' && s.trim() !== '').join('\n\n');
}

// A property keeps its own title and description as JSDoc; a title would name a new type, so it joins the description.
function prepareMember(property) {
  const out = prepare(property);
  const doc = memberDoc(property);
  if (!doc) return out;
  // Wrapping the reference in allOf carries the comment without copying the referenced type under a new name.
  if (out.$ref) return { allOf: [{ $ref: out.$ref }], description: doc };
  return { ...out, description: doc };
}

/** One combined schema whose $defs hold every shared piece and every record kind once. */
export function combine(latest) {
  const defs = {};
  const add = (name, schema) => {
    if (defs[name]) throw new Error(`Two schemas define "${name}": rename one of them.`);
    defs[name] = { ...prepare(schema), title: name };
  };
  for (const { name, schema } of latest) {
    for (const [defName, def] of Object.entries(schema.$defs ?? {})) add(defName, def);
    if (name !== 'common') {
      const { $defs, ...root } = schema;
      add(pascal(name), root);
    }
  }
  const kinds = latest.filter((s) => s.name !== 'common').map((s) => ({ $ref: `#/$defs/${pascal(s.name)}` }));
  return { title: 'GoodDayRecord', description: 'Any Good Day record.', oneOf: kinds, $defs: defs };
}

export async function generateTypes(dir = schemasDir) {
  const ts = await compile(combine(loadLatestSchemas(dir)), 'GoodDayRecord', {
    bannerComment: BANNER,
    additionalProperties: false,
    unreachableDefinitions: true,
    format: true,
    strictIndexSignatures: true,
    // Plain arrays: bounded lists as tuple unions are hard to build and change (the bounds stay in the JSDoc).
    maxItems: -1,
    style: { singleQuote: true, printWidth: 110 },
  });
  return ts;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(outputFile, await generateTypes());
  console.log(`Wrote ${outputFile}`);
}
