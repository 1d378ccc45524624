// Builds the forms demo: one JS bundle (React, JSON Forms, rjsf and Good Day) and the page, into examples/forms/dist/.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../..');
const forms = join(root, 'packages/forms');
// esbuild and the form libraries are devDependencies of @goodday/forms: resolve them from there.
const { build } = createRequire(join(forms, 'package.json'))('esbuild');
const records = join(root, 'examples/records');
const dist = join(here, 'dist');

// The example records, bundled so the page can start from any of them (the page fetches nothing).
const examples = Object.fromEntries(
  readdirSync(records, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => [d.name, Object.fromEntries(readdirSync(join(records, d.name)).filter((f) => f.endsWith('.json')).sort().map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(records, d.name, f), 'utf8'))]))]),
);

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
await build({
  entryPoints: [join(here, 'src/main.tsx')],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'linked',
  outfile: join(dist, 'forms.js'),
  nodePaths: [join(forms, 'node_modules')],
  alias: { '@goodday/forms': join(forms, 'src/index.ts') },
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
  plugins: [
    {
      name: 'examples',
      setup(b) {
        b.onResolve({ filter: /^virtual:examples$/ }, () => ({ path: 'examples', namespace: 'examples' }));
        b.onLoad({ filter: /.*/, namespace: 'examples' }, () => ({ contents: JSON.stringify(examples), loader: 'json' }));
      },
    },
  ],
});
for (const file of ['index.html', 'forms.css']) copyFileSync(join(here, file), join(dist, file));
console.log(`Built ${dist}`);
