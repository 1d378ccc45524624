// Writes a form-ready schema for every record kind and version in schemas/ into src/generated/: one document with every
// `$ref` resolved in place (each property keeps its own title, description and prompt, which form libraries drop
// beside a `$ref`), code lists typed as strings so they render as choices, `$schema` fixed, and draft-07 as the
// dialect, which JSON Forms' and rjsf's default validators read. `--check` writes nothing and fails when a file differs.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSchemas } from '../../../scripts/read-schemas.mjs';
import { syncGenerated } from '../../../scripts/sync-generated.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '../src/generated');
const BANNER = 'Generated from schemas/ by packages/forms/scripts/build-forms.mjs. Generated — do not edit.';
const BANNER_TS = `/* ${BANNER} */`;
// Keywords whose values are data, not schemas: copied as they are.
const DATA = new Set(['const', 'enum', 'default', 'examples', 'required', 'x-prompt']);
// Keywords whose values are maps of schemas.
const MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

const fail = (message) => {
  throw new Error(`build-forms: ${message}`);
};

const pointerAt = (doc, pointer, ref) =>
  pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node, part) => (node && typeof node === 'object' && part in node ? node[part] : fail(`${ref} points at nothing`)), doc);

/** A code list (a `oneOf` of constant strings) with no type: typed, so that form libraries show it as a choice. */
const typed = (node) => {
  const branches = node.oneOf;
  const isCodeList = Array.isArray(branches) && branches.length > 0 && branches.every((b) => typeof b?.const === 'string');
  return isCodeList && node.type === undefined ? { ...node, type: 'string' } : node;
};

/** The schema with every `$ref` replaced by what it names, the referring node's own keywords winning. */
function resolveAll(node, base, byId, seen) {
  if (Array.isArray(node)) return node.map((item) => resolveAll(item, base, byId, seen));
  if (node === null || typeof node !== 'object') return node;
  let target = {};
  if (typeof node.$ref === 'string') {
    const url = new URL(node.$ref, base);
    const key = url.href;
    if (seen.includes(key)) fail(`${key} refers to itself, which a form cannot lay out`);
    const document = url.hash === '' || url.hash === '#' ? undefined : url.href.slice(0, -url.hash.length);
    const entry = byId.get(document ?? url.href) ?? fail(`${node.$ref} (from ${base}) is not a published schema`);
    target = resolveAll(pointerAt(entry.doc, decodeURIComponent(url.hash.slice(1)), node.$ref), entry.doc.$id, byId, [...seen, key]);
  }
  const own = {};
  for (const [keyword, value] of Object.entries(node)) {
    if (keyword === '$ref' || keyword === '$defs' || keyword === '$id' || keyword === '$schema' || keyword === '$comment') continue;
    if (DATA.has(keyword)) own[keyword] = structuredClone(value);
    else if (MAPS.has(keyword)) own[keyword] = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, resolveAll(schema, base, byId, seen)]));
    else own[keyword] = resolveAll(value, base, byId, seen);
  }
  // Title and description first, so a reader of the document sees what a field is before its rules.
  const { title, description, ...rest } = typed({ ...target, ...own });
  return { ...(title === undefined ? {} : { title }), ...(description === undefined ? {} : { description }), ...rest };
}

/** The form-ready schema of one published record schema. */
export function formSchemaOf(entry, byId) {
  const { doc } = entry;
  const resolved = resolveAll(doc, doc.$id, byId, []);
  const schemaField = doc.properties?.$schema ?? fail(`${doc.$id} has no $schema property`);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $comment: BANNER,
    ...resolved,
    properties: { ...resolved.properties, $schema: { title: schemaField.title, description: schemaField.description, type: 'string', const: doc.$id, default: doc.$id } },
  };
}

/** Every generated file, by name, with its contents. */
export function buildFiles(byId = readSchemas()) {
  const records = [...byId.values()].filter((e) => e.name !== 'common');
  const files = new Map();
  for (const entry of records) files.set(`${entry.name}-${entry.version}.json`, `${JSON.stringify(formSchemaOf(entry, byId), null, 2)}\n`);
  const name = (e) => `${e.name.replace(/-([a-z])/g, (_m, c) => c.toUpperCase())}${e.version.replace(/\./g, '_')}`;
  const imports = records.map((e) => `import ${name(e)} from './${e.name}-${e.version}.json' with { type: 'json' };`).join('\n');
  const rows = records.map((e) => `  { kind: '${e.name}', version: '${e.version}', schema: ${name(e)} as JsonSchema },`).join('\n');
  files.set(
    'index.ts',
    `${BANNER_TS}\nimport type { JsonSchema, RecordKind } from '@goodday/schemas';\n${imports}\n\n/** Every form-ready schema: one per record kind and published version, oldest first. */\nexport const formSchemas: readonly { readonly kind: RecordKind; readonly version: string; readonly schema: JsonSchema }[] = [\n${rows}\n];\n`,
  );
  // Each kind's layout (src/kinds/<kind>.ts, exporting <kind>Layout), so a kind's form costs its own file alone.
  const kinds = [...new Set(records.map((e) => e.name))];
  const camel = (kind) => kind.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
  for (const kind of kinds) {
    const file = join(here, '../src/kinds', `${kind}.ts`);
    let source = '';
    try {
      source = readFileSync(file, 'utf8');
    } catch {}
    if (!source.includes(`export const ${camel(kind)}Layout: Layout`)) fail(`the ${kind} kind has no form layout: write src/kinds/${kind}.ts exporting ${camel(kind)}Layout`);
  }
  files.set(
    'layouts.ts',
    `${BANNER_TS}
import type { RecordKind } from '@goodday/schemas';
import type { Layout } from '../layout.js';
${kinds.map((k) => `import { ${camel(k)}Layout } from '../kinds/${k}.js';`).join('\n')}

/** Every kind's form, in the order of the conversation. */
export const layouts: Readonly<Record<RecordKind, Layout>> = {
${kinds.map((k) => `  ${JSON.stringify(k)}: ${camel(k)}Layout,`).join('\n')}
};
`,
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
    console.error(`src/generated is out of date (${stale.join(', ')}): run \`pnpm --filter @goodday/forms generate\`.`);
    process.exit(1);
  }
  console.log(check ? `The ${files.size} form files in src/generated are up to date.` : `Wrote ${files.size} form files into src/generated (a form-ready schema per kind and version).`);
}
