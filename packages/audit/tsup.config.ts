import { defineConfig } from 'tsup';

export default defineConfig({
  // The worker is its own file: worker threads start from a file beside the module that launches them.
  entry: ['src/index.ts', 'src/browser.ts', 'src/worker.ts'],
  format: ['esm', 'cjs'],
  dts: { entry: ['src/index.ts', 'src/browser.ts'] },
  clean: true,
  target: 'node20',
  platform: 'node',
  shims: true,
});
