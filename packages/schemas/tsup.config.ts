import { readFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

/** Embeds each schema as JSON.parse('…'): engines read a JSON string much faster than the same object as code; marked pure, so bundles drop the unused ones. */
const jsonAsString = {
  name: 'goodday-json-as-string',
  setup(build: { onLoad: (options: { filter: RegExp }, callback: (args: { path: string }) => Promise<{ contents: string; loader: 'js' }>) => void }) {
    build.onLoad({ filter: /\.json$/ }, async ({ path }) => {
      const json = JSON.stringify(JSON.parse(await readFile(path, 'utf8')));
      return { contents: `export default /* @__PURE__ */ JSON.parse(${JSON.stringify(json)});`, loader: 'js' };
    });
  },
};

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
  platform: 'neutral',
  esbuildPlugins: [jsonAsString],
});
