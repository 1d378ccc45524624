import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // A per-kind entry (`@goodday/validate/assessment`) from its generated source; listed first, as the names below match it as a prefix.
      { find: /^@goodday\/validate\/([a-z-]+)$/, replacement: fileURLToPath(new URL('./packages/validate/src/generated/kind/$1.ts', import.meta.url)) },
      { find: '@goodday/schemas', replacement: src('schemas') },
      { find: '@goodday/validate', replacement: src('validate') },
    ],
  },
  test: {
    // Many tests start Node or Chromium; on a busy 2-core machine that alone can pass vitest's 5 s default.
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'node_modules/.cache/vitest-results.json' },
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'examples/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
