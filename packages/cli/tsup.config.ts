import { defineConfig } from 'tsup';

// One config, so that cleaning the output folder cannot race a second build of the command.
export default defineConfig({
  entry: ['src/index.ts', 'src/bin.ts'],
  format: ['esm', 'cjs'],
  dts: { entry: 'src/index.ts' },
  clean: true,
  target: 'node20',
  platform: 'node',
});
