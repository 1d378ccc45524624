// The Good Day render benchmark: render() against plain Handlebars running the same templates on the same data, in the
// same run. Run with `pnpm bench:render` (builds first). Informational: a MISS is printed, not failed.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchmark } from '../validate/harness.mjs';

const TARGET = 0.9;
const require = createRequire(new URL('../../packages/render/package.json', import.meta.url));
const Handlebars = require('handlebars/runtime.js');
const fmt = (n, digits = 0) => n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
// render() tidies Markdown and text after the template runs: the check below does the same before comparing outputs
// (the timed plain rows do not, which leaves the tidying on Good Day's side of the ratio).
const tidy = (format, output) => (format === 'html' ? output : `${output.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim()}\n`);

async function main() {
  const renderUrl = new URL('../../packages/render/dist/index.js', import.meta.url);
  const { render } = await import(renderUrl.href);
  const generated = new URL('../../packages/render/src/generated/templates/', import.meta.url).href;
  const { templatesByKind } = await import(`${generated}index.js`);
  const { formatPartials } = await import(`${generated}parts.js`);
  const records = fileURLToPath(new URL('../../examples/records/', import.meta.url));
  const workload = readdirSync(records, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(records, d.name)).filter((f) => /^(complete|concluded)/.test(f)).map((f) => JSON.parse(readFileSync(join(records, d.name, f), 'utf8'))));

  console.log('Good Day render benchmark\n');
  console.log(`  node ${process.version}; handlebars ${require('handlebars/package.json').version}; ${workload.length} complete example records of every kind\n`);

  const targets = [];
  for (const format of ['html', 'markdown', 'text']) {
    // Plain Handlebars: its own instance, templates/*.hbs precompiled with the same options, the format's parts
    // registered as partials (as Handlebars is meant to be used), run on the data render() would give it, made in advance.
    const env = Handlebars.create();
    env.registerHelper('underline', (text, mark) => String(mark).repeat(String(text ?? '').length));
    for (const [name, spec] of Object.entries(formatPartials[format])) env.registerPartial(name, env.template(spec));
    const templates = Object.fromEntries(Object.entries(templatesByKind).map(([name, t]) => [name, env.template(t.template)]));
    // For context only: the same templates with the parts written in at build time, as render() runs them.
    const inlined = Object.fromEntries(Object.entries(templatesByKind).map(([name, t]) => [name, env.template(t.inlined[format])]));
    let captured;
    const data = workload.map((record) => {
      render(record, { format, trusted: true, partials: { doc: (ctx) => ((captured = ctx), '') } });
      return { kind: record.$schema.split('/').at(-2), context: structuredClone(captured) };
    });
    // Same templates, same data: every row must give render()'s own output before anything is timed.
    for (const [i, record] of workload.entries()) {
      const expected = render(record, { format, trusted: true });
      for (const [row, template] of [['plain', templates], ['inlined', inlined]]) {
        if (tidy(format, template[data[i].kind](data[i].context)) !== expected) throw new Error(`plain Handlebars (${row}) does not give render()'s ${format} for workload record ${i}`);
      }
    }
    // The doc part receives the whole context; the kind template needs the same object.
    const contenders = [
      { name: `plain Handlebars (${format})`, check: (i) => (templates[data[i].kind](data[i].context), true) },
      { name: `  … parts inlined (${format})`, check: (i) => (inlined[data[i].kind](data[i].context), true) },
      { name: `Good Day render(), trusted (${format})`, check: (i) => (render(workload[i], { format, trusted: true }), true) },
      { name: `Good Day render(), validating (${format})`, check: (i) => (render(workload[i], { format }), true) },
    ];
    const indices = workload.map((_, i) => i);
    const rows = benchmark(contenders, indices, { warmupMs: 500, rounds: 5, roundMs: 800 });
    const plain = rows[0];
    for (const r of rows) console.log(`  ${r.name.padEnd(40)} ${fmt(r.median).padStart(9)} records/s  spread ${fmt(r.spread * 100)}%  ${fmt(r.median / plain.median, 2)}× plain`);
    targets.push([format, rows[2].median / plain.median, rows[3].median / plain.median, rows[2].median / rows[1].median]);
    console.log('');
  }
  console.log('Targets');
  for (const [format, trusted, validating, ofInlined] of targets) {
    console.log(
      `  ${trusted >= TARGET ? 'PASS' : 'MISS'}  ${format}: render() of a record already validated ≥ ${TARGET} × plain Handlebars: ${fmt(trusted, 2)}× (validating as well: ${fmt(validating, 2)}×; ${fmt(ofInlined, 2)}× the inlined templates alone)`,
    );
  }
}

try {
  await main();
} catch (error) {
  console.error(`\nbench failed: ${error?.stack ?? error}`);
  process.exitCode = 1;
}
