// Generates src/generated/types.ts from the JSON Schemas in the repository's schemas/ folder: types for every
// published version, the newest under plain names (`Assessment`) and older ones suffixed (`AssessmentV1_0`).
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

/** Every version of every schema, read from schemas/<name>/<version>.json, oldest first within each name. */
export function loadSchemas(dir = schemasDir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) =>
      readdirSync(join(dir, name))
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.slice(0, -'.json'.length))
        .sort(byVersion)
        .map((version, i, versions) => ({ name, version, latest: i === versions.length - 1, schema: JSON.parse(readFileSync(join(dir, name, `${version}.json`), 'utf8')) })),
    );
}

/** The newest version of every schema. */
export const loadLatestSchemas = (dir = schemasDir) => loadSchemas(dir).filter((s) => s.latest);

/**
 * The suffix that names an older version's types: none for the newest, so `Assessment` is always the newest
 * and `AssessmentV1_0` version 1.0.0 (a patch version, were one published, adds `_<patch>`).
 */
export function versionSuffix(version, latest) {
  if (latest) return '';
  const [major, minor, patch] = version.split('.');
  return `V${major}_${minor}${patch === '0' ? '' : `_${patch}`}`;
}

// Rewrites one schema node for the generator: refs into the combined $defs, type names from $defs keys only.
// `suffixOf(file)` names the version a reference points into: '' for the schema's own file, else '../common/1.0.0.json'.
function prepare(node, suffixOf, isConstBranch = false) {
  if (Array.isArray(node)) return node.map((n) => prepare(n, suffixOf));
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  // A code list's `type: "string"` (from common 1.2.0) would make the union an intersection with string: the consts say it.
  const codeList = Array.isArray(node.oneOf) && node.oneOf.every((b) => b && typeof b === 'object' && 'const' in b);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'type' && codeList) continue;
    else if (key === '$ref') {
      const [file, def] = value.split('#/$defs/');
      out.$ref = '#/$defs/' + def + suffixOf(file);
    } else if (key === 'title' || key === '$id' || key === '$schema' || key === 'x-prompt' || key === 'examples') continue;
    else if (key === 'properties') {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, prepareMember(v, suffixOf)]));
    } else if (key === '$defs') {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, prepare(v, suffixOf)]));
    } else if (key === 'oneOf' || key === 'anyOf' || key === 'allOf') {
      out[key] = value.map((branch) => prepare(branch, suffixOf, true));
    } else if (key === 'description' && isConstBranch) continue;
    else out[key] = typeof value === 'object' ? prepare(value, suffixOf) : value;
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
function prepareMember(property, suffixOf) {
  const out = prepare(property, suffixOf);
  const doc = memberDoc(property);
  if (!doc) return out;
  // Wrapping the reference in allOf carries the comment without copying the referenced type under a new name.
  if (out.$ref) return { allOf: [{ $ref: out.$ref }], description: doc };
  return { ...out, description: doc };
}

/**
 * One combined schema whose $defs hold every shared piece and every record kind once per published version:
 * the newest under its plain name, each older one with its version suffix.
 */
export function combine(schemas) {
  const defs = {};
  const add = (name, schema, suffixOf) => {
    if (defs[name]) throw new Error(`Two schemas define "${name}": rename one of them.`);
    defs[name] = { ...prepare(schema, suffixOf), title: name };
  };
  const byFile = new Map(schemas.map((s) => [`../${s.name}/${s.version}.json`, s]));
  for (const { name, version, latest, schema } of schemas) {
    const own = versionSuffix(version, latest);
    const suffixOf = (file) => {
      if (!file) return own;
      const target = byFile.get(file);
      if (!target) throw new Error(`${name} ${version} refers to ${file}, which is not published.`);
      return versionSuffix(target.version, target.latest);
    };
    for (const [defName, def] of Object.entries(schema.$defs ?? {})) add(defName + own, def, suffixOf);
    if (name !== 'common') {
      const { $defs, ...root } = schema;
      add(pascal(name) + own, root, suffixOf);
    }
  }
  const kinds = schemas.filter((s) => s.name !== 'common').map((s) => ({ $ref: `#/$defs/${pascal(s.name)}${versionSuffix(s.version, s.latest)}` }));
  return { title: 'GoodDayRecord', description: 'Any Good Day record, of any kind and any published version.', oneOf: kinds, $defs: defs };
}

export async function generateTypes(dir = schemasDir) {
  const ts = await compile(combine(loadSchemas(dir)), 'GoodDayRecord', {
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
