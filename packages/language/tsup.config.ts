import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
  platform: 'neutral',
  // syllable is ESM-only; bundling it keeps the CommonJS build working and the package free of runtime dependencies.
  noExternal: ['syllable'],
});
