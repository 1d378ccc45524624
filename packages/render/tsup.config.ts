import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One entry per record kind in schemas/ (`@goodday/render/<kind>`, written by scripts/build-templates.mjs into src/generated/entry/), beside the `.` entry.
const kinds = readdirSync(new URL('../../schemas/', import.meta.url)).filter((name) => name !== 'common').sort();

export default defineConfig({
  entry: { index: 'src/index.ts', ...Object.fromEntries(kinds.map((kind) => [kind, `src/generated/entry/${kind}.ts`])) },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
  platform: 'neutral',
});
