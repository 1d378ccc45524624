// Precompiles templates/*.hbs (one per record kind) and templates/<format>/*.hbs (the parts each format is made of)
// into src/generated/templates.js, so that rendering needs only the Handlebars runtime: no compiler, no new Function.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

const here = dirname(fileURLToPath(import.meta.url));
const templatesDir = join(here, '../../../templates');
const outDir = join(here, '../src/generated');
export const FORMATS = ['html', 'markdown', 'text'];

const BANNER = `/* Generated from templates/ by packages/render/scripts/build-templates.mjs. Generated — do not edit. */`;
// Data reaches templates already escaped for its format (see src/escape.ts), so Handlebars must not escape again;
// only the helpers named here may be called, so record text can never name a helper.
const OPTIONS = { noEscape: true, strict: false, knownHelpers: { underline: true }, knownHelpersOnly: true };

const hbsFiles = (dir) => readdirSync(dir).filter((f) => f.endsWith('.hbs')).sort();
const precompile = (file) => {
  try {
    return Handlebars.precompile(readFileSync(file, 'utf8'), OPTIONS);
  } catch (error) {
    throw new Error(`${file}: ${String(error.message).split('\n')[0]}`);
  }
};

const kinds = hbsFiles(templatesDir).map((f) => `  ${JSON.stringify(f.slice(0, -4))}: ${precompile(join(templatesDir, f))},`);
const parts = FORMATS.map((format) => {
  const dir = join(templatesDir, format);
  return `  ${format}: {\n${hbsFiles(dir).map((f) => `    ${JSON.stringify(f.slice(0, -4))}: ${precompile(join(dir, f))},`).join('\n')}\n  },`;
});

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'templates.js'), `${BANNER}\nexport const kindTemplates = {\n${kinds.join('\n')}\n};\n\nexport const formatPartials = {\n${parts.join('\n')}\n};\n`);
writeFileSync(
  join(outDir, 'templates.d.ts'),
  `${BANNER}
import type { TemplateSpecification } from 'handlebars';

export declare const kindTemplates: Readonly<Record<string, TemplateSpecification>>;
export declare const formatPartials: Readonly<Record<'html' | 'markdown' | 'text', Readonly<Record<string, TemplateSpecification>>>>;
`,
);
console.log(`Precompiled ${kinds.length} record templates and ${FORMATS.length} formats' parts into src/generated/templates.js`);
