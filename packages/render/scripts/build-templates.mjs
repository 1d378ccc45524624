// Precompiles templates/*.hbs (one per record kind) and templates/<format>/*.hbs (the parts each format is made of)
// into src/generated/templates/ (a module per kind, and the parts), so that rendering needs only the Handlebars runtime: no compiler, no new Function.
// Each kind is compiled twice: calling its parts (for a vendor's own parts), and with every part inlined per format;
// each kind's entry (`@goodday/render/<kind>`, src/generated/entry/) is written from the same list.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
// Helpers that keep the context, so a part's names mean the same inside their blocks as outside.
const SAME_CONTEXT = new Set(['if', 'unless']);

const hbsFiles = (dir) => readdirSync(dir).filter((f) => f.endsWith('.hbs')).sort();
const read = (file) => ({ file, source: readFileSync(file, 'utf8') });
const fail = (file, message) => {
  throw new Error(`${file}: ${message}`);
};
// Source positions serve the compiler's messages only: written into the output, they would make every bundle larger.
const withoutPositions = (ast) => JSON.parse(JSON.stringify(ast, (key, value) => (key === 'loc' ? undefined : value)));
const precompile = ({ file, source }, env = Handlebars) => {
  try {
    // Compiled with positions first, so that a mistake is reported at its line; then without, for the output.
    env.precompile(source, OPTIONS);
    return astCompiler.precompile(withoutPositions(env === astCompiler ? source : Handlebars.parse(source, OPTIONS)), OPTIONS);
  } catch (error) {
    fail(file, String(error.message).split('\n')[0]);
  }
};

// --- Inlining parts at build time -------------------------------------------------------------------------------
// Handlebars calls a part with a hash by copying the whole context into a new object (its `extend`), once per call;
// that was half of render()'s time. Inlining writes each call out as the part's own statements, with the part's names
// rewritten to what they mean at the call: `{{> para text=decision}}` becomes `{{decision}}`. Anything whose meaning
// could change when inlined (`../`, `@` data other than `@root`, `this` beside a hash, an indented standalone part,
// a part block inside a loop) stops the build, so the inlined output is the same as Handlebars' or there is none.

const path = (base, rest, loc) => {
  const parts = [...base.parts, ...rest];
  const original = `${base.data ? '@' : ''}${'../'.repeat(base.depth)}${parts.join('.') || 'this'}`;
  return { type: 'PathExpression', data: base.data, depth: base.depth, parts, original, loc };
};

/** What a name inside a part means at the call: the hash value, a property of the context passed, or itself. */
function resolve(node, scope, file) {
  if (node.type === 'SubExpression') return { ...node, params: node.params.map((p) => resolve(p, scope, file)), hash: resolveHash(node.hash, scope, file) };
  if (node.type !== 'PathExpression') return node;
  if (node.data) return node.parts[0] === 'root' ? node : fail(file, `@${node.parts.join('.')} cannot be inlined`);
  if (node.depth > 0) fail(file, `${node.original} cannot be inlined`);
  const [first, ...rest] = node.parts;
  if (first === undefined) {
    if (scope.hash.size > 0) fail(file, '`this` in a part called with a hash cannot be inlined');
    return scope.context ?? node;
  }
  const value = scope.hash.get(first);
  if (value) {
    if (value.type === 'PathExpression') return path(value, rest, node.loc);
    return rest.length === 0 ? value : fail(file, `${node.original} looks inside a literal`);
  }
  return scope.context ? path(scope.context, node.parts, node.loc) : node;
}

const resolveHash = (hash, scope, file) => hash && { ...hash, pairs: hash.pairs.map((pair) => ({ ...pair, value: resolve(pair.value, scope, file) })) };
const isHelperCall = (node) => node.params.length > 0 || node.hash !== undefined || OPTIONS.knownHelpers[node.path.original];
const program = (node, body) => node && { ...node, body };

/** Rewrites the statements of a part (and the block it was given) for the call's context and hash. */
function rewrite(body, scope, file) {
  return body.map((node) => {
    switch (node.type) {
      case 'ContentStatement':
      case 'CommentStatement':
        return node;
      case 'MustacheStatement': {
        if (isHelperCall(node)) return { ...node, params: node.params.map((p) => resolve(p, scope, file)), hash: resolveHash(node.hash, scope, file) };
        const value = resolve(node.path, scope, file);
        if (value.type === 'PathExpression') return { ...node, path: value };
        // A literal passed in the hash is printed as Handlebars prints it (noEscape: as it is).
        if (value.type === 'StringLiteral' || value.type === 'NumberLiteral' || value.type === 'BooleanLiteral') return { type: 'ContentStatement', value: String(value.value), original: String(value.value), loc: node.loc };
        return { type: 'ContentStatement', value: '', original: '', loc: node.loc };
      }
      case 'BlockStatement': {
        const params = node.params.map((p) => resolve(p, scope, file));
        const hash = resolveHash(node.hash, scope, file);
        // Inside a loop or `with` names mean the new context's; only the `else` runs in this one.
        const inner = SAME_CONTEXT.has(node.path.original) ? program(node.program, rewrite(node.program.body, scope, file)) : noParentPaths(node.program, file);
        return { ...node, params, hash, program: inner, inverse: program(node.inverse, node.inverse && rewrite(node.inverse.body, scope, file)) };
      }
      default:
        return fail(file, `${node.type} cannot be inlined`);
    }
  });
}

/** A block whose context is new must not reach back out (`../`), since it may now sit inside a part. */
function noParentPaths(node, file) {
  JSON.stringify(node, (key, value) => (value?.type === 'PathExpression' && value.depth > 0 ? fail(file, `${value.original} cannot be inlined`) : value));
  return node;
}

/** Puts the block a part was called with where the part says `{{> @partial-block}}`, in the part's own context. */
function fillBlock(body, block, file) {
  return body.flatMap((node) => {
    if (node.type === 'PartialStatement' && node.name.original === '@partial-block') return block ? structuredClone(block) : fail(file, 'a part uses @partial-block but was not given a block');
    if (node.type === 'BlockStatement') {
      if (!SAME_CONTEXT.has(node.path.original) && JSON.stringify(node.program).includes('"@partial-block"')) fail(file, '@partial-block inside a loop cannot be inlined');
      const inner = SAME_CONTEXT.has(node.path.original) ? program(node.program, fillBlock(node.program.body, block, file)) : node.program;
      return [{ ...node, program: inner, inverse: program(node.inverse, node.inverse && fillBlock(node.inverse.body, block, file)) }];
    }
    return [node];
  });
}

/** Every part call in `body` written out as the part's statements, for one format's parts. */
function inline(body, parts, file) {
  return body.flatMap((node) => {
    if (node.type === 'BlockStatement') return [{ ...node, program: program(node.program, inline(node.program.body, parts, file)), inverse: program(node.inverse, node.inverse && inline(node.inverse.body, parts, file)) }];
    if (node.type !== 'PartialStatement' && node.type !== 'PartialBlockStatement') return [node];
    const name = node.name.original;
    if (name === '@partial-block') return [node];
    const part = parts[name] ?? fail(file, `no part named ${name}`);
    if (node.indent) fail(file, `{{> ${name}}} is indented on a line of its own: Handlebars would indent every line of it`);
    if (node.params.length > 1 || (node.params[0] && node.params[0].type !== 'PathExpression')) fail(file, `{{> ${name}}} takes at most one context, a path`);
    if (node.program?.blockParams?.length) fail(file, `{{#> ${name}}} with block parameters cannot be inlined`);
    const block = node.type === 'PartialBlockStatement' ? inline(node.program.body, parts, file) : undefined;
    const own = fillBlock(inline(structuredClone(part.ast.body), parts, part.file), block, part.file);
    const scope = { context: node.params[0], hash: new Map((node.hash?.pairs ?? []).map((p) => [p.key, p.value])) };
    return rewrite(own, scope, part.file);
  });
}

// Compiles an AST that is already whitespace-processed, as Handlebars.parse left it, without processing it twice.
const astCompiler = Handlebars.create();
astCompiler.parse = (ast) => ast;
const parse = ({ file, source }) => {
  try {
    return Handlebars.parse(source, OPTIONS);
  } catch (error) {
    return fail(file, String(error.message).split('\n')[0]);
  }
};

// --- Output ---------------------------------------------------------------------------------------------------------

const kindFiles = hbsFiles(templatesDir).map((f) => ({ name: f.slice(0, -4), ...read(join(templatesDir, f)) }));
// Every record kind in schemas/ is rendered: a kind without a template would have an entry with nothing to render.
for (const kind of readdirSync(join(here, '../../../schemas')).filter((name) => name !== 'common')) {
  if (!kindFiles.some((k) => k.name === kind)) fail(join(templatesDir, `${kind}.hbs`), `the ${kind} kind has no template: write templates/${kind}.hbs`);
}
const partFiles = Object.fromEntries(FORMATS.map((format) => [format, hbsFiles(join(templatesDir, format)).map((f) => ({ name: f.slice(0, -4), ...read(join(templatesDir, format, f)) }))]));

const camel = (kind) => kind.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
const parts = FORMATS.map((format) => `  ${format}: {\n${partFiles[format].map((p) => `    ${JSON.stringify(p.name)}: ${precompile(p)},`).join('\n')}\n  },`);
const partsByFormat = Object.fromEntries(FORMATS.map((format) => [format, Object.fromEntries(partFiles[format].map((p) => [p.name, { file: p.file, ast: parse(p) }]))]));

/** One kind's module: its template calling the parts, and the same with each format's parts inlined. */
const kindModule = (k) => {
  const inlined = FORMATS.map((format) => {
    const ast = parse(k);
    return `  ${format}: ${precompile({ file: k.file, source: { ...ast, body: inline(ast.body, partsByFormat[format], k.file) } }, astCompiler)},`;
  });
  return `${BANNER}\n// Calling the parts by name, for a vendor's own parts.\nexport const template = ${precompile(k)};\n\n// With each format's parts written in: the same output, without a part call.\nexport const inlined = {\n${inlined.join('\n')}\n};\n`;
};

// One module per kind, so that a bundle of one kind's entry carries no other kind's templates.
const entryModule = (kind) => `${BANNER}
import { identify, validate } from '@goodday/validate/${kind}';
import { ${camel(kind)}View } from '../../kinds/${kind}.js';
import { naming, renderWith, type RenderKit, type RenderOptions } from '../../render.js';
import * as templates from '../templates/${kind}.js';

// One kind's validator, view and templates only, so that a bundle of this entry carries no other kind's code.
const kit: RenderKit = {
  validate,
  identify: naming(identify),
  kinds: { '${kind}': { view: ${camel(kind)}View, templates } },
  onlyFor: '@goodday/render/${kind} renders only that kind; use @goodday/render for any kind',
};

/**
 * Renders a ${kind.replace(/-/g, ' ')} record as a document the person can read, as \`render\` from \`@goodday/render\` does.
 *
 * @throws {RenderRefusedError} when the record has error findings, is a draft and \`drafts\` is not set, or (trusted) is of another kind.
 * @throws {GoodDayInputError} when the input is not a Good Day record, or is a record of another kind.
 */
export function render(record: unknown, options?: RenderOptions): string {
  return renderWith(kit, record, options);
}

export { RenderRefusedError, type RenderOptions, type PartName } from '../../render.js';
export { defaultStrings, type Strings, type StringsOverride, type DeepPartial } from '../../strings.js';
export type { Format } from '../../escape.js';
`;

const KIND_TYPES = `${BANNER}
import type Handlebars from 'handlebars';

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/** The kind's template, calling its parts by name. */
export declare const template: TemplateSpecification;
/** The kind's template with each format's parts written in: the same output, without a part call. */
export declare const inlined: Readonly<Record<'html' | 'markdown' | 'text', TemplateSpecification>>;
`;

rmSync(outDir, { recursive: true, force: true });
mkdirSync(join(outDir, 'templates'), { recursive: true });
mkdirSync(join(outDir, 'entry'), { recursive: true });
for (const k of kindFiles) {
  writeFileSync(join(outDir, 'templates', `${k.name}.js`), kindModule(k));
  writeFileSync(join(outDir, 'templates', `${k.name}.d.ts`), KIND_TYPES);
  writeFileSync(join(outDir, 'entry', `${k.name}.ts`), entryModule(k.name));
}
writeFileSync(join(outDir, 'templates', 'parts.js'), `${BANNER}\nexport const formatPartials = {\n${parts.join('\n')}\n};\n`);
writeFileSync(
  join(outDir, 'templates', 'parts.d.ts'),
  `${BANNER}
import type Handlebars from 'handlebars';

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/** Each format's parts. */
export declare const formatPartials: Readonly<Record<'html' | 'markdown' | 'text', Readonly<Record<string, TemplateSpecification>>>>;
`,
);
// Every kind by name, for the \`.\` entry, the tests and the benchmarks.
writeFileSync(
  join(outDir, 'templates', 'index.js'),
  `${BANNER}\n${kindFiles.map((k) => `import * as ${camel(k.name)} from './${k.name}.js';`).join('\n')}\n\nexport const templatesByKind = { ${kindFiles.map((k) => `${JSON.stringify(k.name)}: ${camel(k.name)}`).join(', ')} };\n`,
);
writeFileSync(
  join(outDir, 'templates', 'index.d.ts'),
  `${BANNER}
import type * as kind from './${kindFiles[0].name}.js';

/** Every kind's templates, by kind. */
export declare const templatesByKind: Readonly<Record<${kindFiles.map((k) => JSON.stringify(k.name)).join(' | ')}, typeof kind>>;
`,
);
// Every kind's view (src/kinds/<kind>.ts, exporting <kind>View), for the `.` entry: a kind's template and view are all it adds.
for (const k of kindFiles) {
  const view = join(here, '../src/kinds', `${k.name}.ts`);
  if (!readdirSync(join(here, '../src/kinds')).includes(`${k.name}.ts`) || !readFileSync(view, 'utf8').includes(`export function ${camel(k.name)}View(`)) fail(k.file, `has no view: write src/kinds/${k.name}.ts exporting ${camel(k.name)}View`);
}
writeFileSync(
  join(outDir, 'views.ts'),
  `${BANNER}
${kindFiles.map((k) => `import { ${camel(k.name)}View } from '../kinds/${k.name}.js';`).join('\n')}

/** Every kind's view, by kind. */
export const views = { ${kindFiles.map((k) => `${JSON.stringify(k.name)}: ${camel(k.name)}View`).join(', ')} } as const;
`,
);
// The package exports list the `.` entry and each kind's, so a kind added to templates/ gets its `@goodday/render/<kind>`.
const pkgFile = join(here, '../package.json');
const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
const entryExport = (name) => ({ import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` }, require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` } });
const exportsWanted = { '.': entryExport('index'), ...Object.fromEntries(kindFiles.map((k) => [`./${k.name}`, entryExport(k.name)])), './package.json': './package.json' };
if (JSON.stringify(pkg.exports) !== JSON.stringify(exportsWanted)) {
  writeFileSync(pkgFile, `${JSON.stringify({ ...pkg, exports: exportsWanted }, null, 2)}\n`);
  console.log('Updated the exports of packages/render/package.json');
}
console.log(`Precompiled ${kindFiles.length} record templates (each also with each of ${FORMATS.length} formats' parts inlined) into src/generated/templates/, with an entry per kind in src/generated/entry/`);
