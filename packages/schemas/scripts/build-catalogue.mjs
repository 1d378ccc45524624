// Writes the list of published schema versions (src/generated/published.ts, src/generated/schemas-by-name.ts) from the
// files in the repository's schemas/ folder, so that a new version or kind is published by adding its file alone.
// Runs before every build; `--check` writes nothing and fails when a committed file differs (the drift test runs it too).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const schemasDir = join(here, '../../../schemas');
export const outDir = join(here, '../src/generated');

const BANNER = '// Generated from schemas/ by packages/schemas/scripts/build-catalogue.mjs. Generated — do not edit.';

const camel = (kebab) => kebab.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
const byVersion = (a, b) => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
};
const VERSION_FILE = /^(\d+\.\d+\.\d+)\.json$/;

/** Every schema file, common first and then the kinds in name order, each oldest version first: `{ name, version }`. */
export function schemaFiles(dir = schemasDir) {
  const names = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const ordered = ['common', ...names.filter((n) => n !== 'common')];
  return ordered.flatMap((name) => {
    const files = readdirSync(join(dir, name)).filter((f) => f.endsWith('.json'));
    for (const f of files) if (!VERSION_FILE.test(f)) throw new Error(`build-catalogue: schemas/${name}/${f} is not named <major>.<minor>.<patch>.json`);
    return files.map((f) => VERSION_FILE.exec(f)[1]).sort(byVersion).map((version) => ({ name, version }));
  });
}

const importName = ({ name, version }) => `${camel(name)}${version.replace(/\./g, '_')}`;
const importLine = (s) => `import ${importName(s)} from '../../../../schemas/${s.name}/${s.version}.json' with { type: 'json' };`;

/** The generated files, path relative to the package → content. */
export function generatedFiles(dir = schemasDir) {
  const files = schemaFiles(dir);
  const names = [...new Set(files.map((f) => f.name))];
  const imports = files.map(importLine).join('\n');
  const published = `${BANNER}
${imports}
import type { JsonSchema } from '../json-schema.js';

// Every version ever published stays here, so an old record always validates against its own version.
export const publishedSchemas: readonly JsonSchema[] = [${files.map(importName).join(', ')}];
`;
  const byName = `${BANNER}
${imports}
import type { JsonSchema } from '../json-schema.js';

// The same as publishedSchemas, by name, oldest first: a per-kind bundle (\`@goodday/validate/<kind>\`) takes its kind's
// and the common ones alone, and a bundler drops the rest.
${names
  .map((name) => {
    const what = name === 'common' ? 'the common building blocks' : `the ${name.replace(/-/g, ' ')} schema`;
    return `/** Every published version of ${what}, oldest first. */\nexport const ${camel(name)}Schemas: readonly JsonSchema[] = [${files.filter((f) => f.name === name).map(importName).join(', ')}];`;
  })
  .join('\n')}
`;
  return { 'src/generated/published.ts': published, 'src/generated/schemas-by-name.ts': byName };
}

/** The files on disk that differ from what would be generated now. */
export function staleFiles(dir = schemasDir) {
  return Object.entries(generatedFiles(dir))
    .filter(([file, text]) => {
      const path = join(here, '..', file);
      return !existsSync(path) || readFileSync(path, 'utf8') !== text;
    })
    .map(([file]) => file);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--check')) {
    const stale = staleFiles();
    if (stale.length > 0) {
      console.error(`build-catalogue: out of date: ${stale.join(', ')}. Run \`pnpm --filter @goodday/schemas generate\`.`);
      process.exit(1);
    }
  } else {
    mkdirSync(outDir, { recursive: true });
    for (const [file, text] of Object.entries(generatedFiles())) writeFileSync(join(here, '..', file), text);
  }
}
