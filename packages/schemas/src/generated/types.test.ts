import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- the generator is a plain .mjs build script without type declarations.
import { generateTypes, outputFile } from '../../scripts/generate-types.mjs';

describe('generated types', () => {
  it('match what the generator makes from the schemas now (run `pnpm generate` if this fails)', async () => {
    const fresh: string = await generateTypes();
    expect(readFileSync(outputFile, 'utf8')).toBe(fresh);
  }, 30_000);

  it('carry the "do not edit" banner', () => {
    expect(readFileSync(outputFile, 'utf8')).toMatch(/^\/\* eslint-disable \*\/\n\/\*\*\n \* Generated from[\s\S]*Generated — do not edit/);
  });
});
