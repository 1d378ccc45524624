import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '../dist');
const built = ['index.js', 'index.cjs'].map((f) => join(dist, f));

describe('the built package (run after `pnpm build`)', () => {
  it.each(built)('%s evaluates no code at runtime (safe under a strict Content Security Policy)', (file) => {
    const code = readFileSync(file, 'utf8');
    expect(code).not.toMatch(/new Function\s*\(/);
    expect(code).not.toMatch(/\beval\s*\(/);
  });

  it.each(built)('%s needs neither the ajv compiler nor ajv-formats at runtime', (file) => {
    const code = readFileSync(file, 'utf8');
    // ajv's runtime helpers carry their own require() as a string for code generation; only real imports count.
    expect(code).not.toMatch(/(\bfrom\s*|(?<!['"])\brequire\(\s*)["']ajv/);
    const pkg = JSON.parse(readFileSync(join(dist, '../package.json'), 'utf8'));
    expect(Object.keys(pkg.dependencies ?? {})).toEqual(['@goodday/language', '@goodday/schemas']);
  });
});
