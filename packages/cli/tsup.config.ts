import { defineConfig } from 'tsup';

export default defineConfig([
  { entry: ['src/index.ts'], format: ['esm', 'cjs'], dts: true, clean: true, target: 'node20', platform: 'node' },
  // The command itself is ESM only: it is run, never imported.
  { entry: ['src/bin.ts'], format: ['esm'], target: 'node20', platform: 'node' },
]);
