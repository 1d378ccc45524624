// The Good Day bundle benchmark: how big a browser bundle of validate + render is, for every kind (the baseline)
// and for one kind through the per-kind entries, all bundled with esbuild in the same run. Run with
// `pnpm bench:bundle` (builds first). Informational: a MISS is printed, not failed.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parseArgsOptions } from '../options.mjs';

const { values: args } = parseArgs({ options: parseArgsOptions('bundle') });
const TARGET = 60_000;
const root = fileURLToPath(new URL('../../', import.meta.url));
const packages = `${root}packages/`;
// esbuild is a build tool of @goodday/validate; the bundles resolve @goodday/* as a vendor's project would, from render.
const esbuild = createRequire(`${packages}validate/package.json`)('esbuild');
const kb = (bytes) => `${(bytes / 1000).toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} KB`;
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

const options = {
  bundle: true,
  minify: true,
  platform: 'browser',
  format: 'esm',
  write: false,
  metafile: true,
  absWorkingDir: root,
  logLevel: 'error',
  // Inside this repository the packages are not under node_modules, so esbuild would say so about tsup's chunk imports.
  logOverride: { 'ignored-bare-import': 'silent' },
};

/** Bundles an entry written as source, resolving packages from render's folder; returns code, sizes and the metafile. */
async function bundle(contents, extra = {}) {
  const result = await esbuild.build({ ...options, ...extra, stdin: { contents, resolveDir: `${packages}render`, loader: 'js' } });
  const code = result.outputFiles[0].contents;
  return { code, raw: code.length, gzip: gzip(code), metafile: result.metafile };
}

// The same entries bundled from the TypeScript sources, so that the largest parts show file by file.
const fromSource = {
  name: 'goodday-from-source',
  setup(build) {
    build.onResolve({ filter: /^@goodday\/[a-z]+(\/[a-z-]+)?$/ }, ({ path }) => {
      const [, pkg, kind] = /^@goodday\/([a-z]+)(?:\/([a-z-]+))?$/.exec(path);
      if (!kind) return { path: `${packages}${pkg}/src/index.ts` };
      return { path: pkg === 'validate' ? `${packages}validate/src/generated/kind/${kind}.ts` : `${packages}${pkg}/src/generated/entry/${kind}.ts` };
    });
  },
};

/** Loads a bundle as a browser would (an ES module, nothing else) and runs it on a record of its kind. */
async function exercise(code, record, other) {
  const api = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const report = api.validate(record);
  if (!report.valid) throw new Error(`a bundle found ${record.$schema} invalid: ${report.findings[0]?.ruleId}`);
  if (api.render && !api.render(record).startsWith('<!doctype html>')) throw new Error('a bundle rendered no HTML');
  if (other) {
    let refused = false;
    try {
      api.validate(other);
    } catch (error) {
      refused = error.code === 'wrong-kind';
    }
    if (!refused) throw new Error(`a per-kind bundle did not refuse a record of another kind (${other.$schema})`);
  }
}

async function main() {
  const registry = `${packages}schemas/dist/index.js`;
  for (const file of [registry, `${packages}validate/dist/index.js`, `${packages}render/dist/index.js`]) {
    if (!existsSync(file)) throw new Error(`${file.slice(root.length)} is missing: run \`pnpm build\` first (or use \`pnpm bench:bundle\`).`);
  }
  const { listSchemas } = await import(registry);
  const kinds = [...new Set(listSchemas().map((s) => s.name))].filter((name) => name !== 'common');
  const { validate } = await import(`${packages}validate/dist/index.js`);
  const { readFileSync, readdirSync } = await import('node:fs');
  const example = (kind) => {
    const dir = `${root}examples/records/${kind}/`;
    return readdirSync(dir)
      .filter((f) => /^(complete|concluded)/.test(f))
      .map((f) => JSON.parse(readFileSync(dir + f, 'utf8')))
      .find((record) => validate(record).valid);
  };
  const top = Number(args.top);

  console.log('Good Day bundle benchmark\n');
  console.log(`  esbuild ${esbuild.version}: bundle, minify, platform browser, format esm; gzip level 9; 1 KB = 1,000 bytes`);
  console.log(`  kinds, from the schema registry: ${kinds.join(', ')}\n`);

  const rows = [];
  const baseline = await bundle(`export { validate } from '@goodday/validate'; export { render } from '@goodday/render';`);
  await exercise(baseline.code, example(kinds[0]));
  rows.push(['validate + render, every kind (the baseline)', baseline]);
  const perKind = {};
  for (const [i, kind] of kinds.entries()) {
    const other = example(kinds[(i + 1) % kinds.length]);
    const both = await bundle(`export { validate } from '@goodday/validate/${kind}'; export { render } from '@goodday/render/${kind}';`);
    await exercise(both.code, example(kind), other);
    const alone = await bundle(`export { validate } from '@goodday/validate/${kind}';`);
    await exercise(alone.code, example(kind), other);
    perKind[kind] = { both, alone };
    rows.push([`validate + render, ${kind}`, both]);
  }
  const validateAll = await bundle(`export { validate } from '@goodday/validate';`);
  rows.push(['validate alone, every kind', validateAll]);
  for (const kind of kinds) rows.push([`validate alone, ${kind}`, perKind[kind].alone]);

  console.log(`  ${'Bundle'.padEnd(46)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}  × baseline (gzip)`);
  for (const [name, b] of rows) console.log(`  ${name.padEnd(46)} ${kb(b.raw).padStart(10)} ${kb(b.gzip).padStart(10)}  ${(b.gzip / baseline.gzip).toFixed(2)}×`);
  console.log('  Every bundle was loaded as an ES module and run first: it validated and rendered an example of its kind, and a');
  console.log('  per-kind bundle refused a record of another kind.\n');

  // What the precompiled structure costs: each generated module minified alone.
  console.log('Structure modules (packages/validate/src/generated, minified alone)');
  const structure = async (file) => bundle(`export { validators } from ${JSON.stringify(`${packages}validate/src/generated/${file}`)};`);
  const every = await structure('structure.js');
  console.log(`  ${'every kind (the . entry)'.padEnd(30)} ${kb(every.raw).padStart(10)} ${kb(every.gzip).padStart(10)} gzip`);
  for (const kind of kinds) {
    const own = await structure(`structure/${kind}.js`);
    console.log(`  ${kind.padEnd(30)} ${kb(own.raw).padStart(10)} ${kb(own.gzip).padStart(10)} gzip  (${Math.round((100 * own.gzip) / perKind[kind].both.gzip)}% of validate + render, ${kind}, gzip)`);
  }

  // The largest parts, from the sources: what is left to split. The first kind in full, then what other kinds leave in each.
  const bytes = (list) => list.reduce((sum, [, { bytesInOutput }]) => sum + bytesInOutput, 0);
  for (const [i, kind] of kinds.entries()) {
    const { metafile } = await bundle(`export { validate } from '@goodday/validate/${kind}'; export { render } from '@goodday/render/${kind}';`, { plugins: [fromSource] });
    const output = Object.values(metafile.outputs)[0];
    const parts = Object.entries(output.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
    if (i === 0) {
      console.log(`\nLargest parts of validate + render, ${kind} (bundled from the sources; minified bytes, share of the bundle)`);
      for (const [path, { bytesInOutput }] of parts.slice(0, top)) {
        const shown = path.replace(/^.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '').replace(/^packages\//, '');
        console.log(`  ${shown.padEnd(58)} ${kb(bytesInOutput).padStart(9)}  ${((100 * bytesInOutput) / output.bytes).toFixed(1).padStart(4)}%`);
      }
      console.log(`\nWhat other kinds still leave in validate + render of one kind (minified bytes)`);
    }
    const foreignSchemas = parts.filter(([path]) => /^schemas\//.test(path) && !path.startsWith(`schemas/${kind}/`) && !path.startsWith('schemas/common/'));
    const others = kinds.filter((k) => k !== kind);
    const ownedBy = (path) => /^packages\/(?:validate\/src\/rules\/([a-z-]+)\/|validate\/src\/generated\/(?:kind|structure)\/([a-z-]+)\.|render\/src\/(?:kinds|generated\/entry|generated\/templates)\/([a-z-]+)\.)/.exec(path)?.slice(1).find(Boolean);
    const foreignRules = parts.filter(([path]) => others.includes(ownedBy(path)));
    console.log(`  ${kind.padEnd(22)} schema documents ${kb(bytes(foreignSchemas)).padStart(8)}; rules, views, structure, templates ${kb(bytes(foreignRules)).padStart(7)}`);
  }

  console.log('\nTargets');
  for (const kind of kinds) {
    const { gzip: size } = perKind[kind].both;
    console.log(`  ${size <= TARGET ? 'PASS' : 'MISS'}  ${kind}: validate + render of one kind ≤ ${kb(TARGET)} gzip: ${kb(size)} (${(size / baseline.gzip).toFixed(2)}× the baseline, ${kb(baseline.gzip)})`);
  }
}

try {
  await main();
} catch (error) {
  console.error(`\nbench failed: ${error?.stack ?? error}`);
  process.exitCode = 1;
}
