import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One entry per record kind in schemas/ (`@goodday/render/<kind>`, from src/entry/<kind>.ts), beside the `.` entry.
const kinds = readdirSync(new URL('../../schemas/', import.meta.url)).filter((name) => name !== 'common').sort();

export default defineConfig({
  entry: { index: 'src/index.ts', ...Object.fromEntries(kinds.map((kind) => [kind, `src/entry/${kind}.ts`])) },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
  platform: 'neutral',
});
