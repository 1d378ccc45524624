import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '../dist');
// The `.` entry, each kind's entry (`@goodday/validate/<kind>`) and the chunks they share.
const built = readdirSync(dist).filter((f) => /\.c?js$/.test(f)).map((f) => join(dist, f));

describe('the built package (run after `pnpm build`)', () => {
  it('has an ESM and a CJS file for the . entry and for each kind', () => {
    const names = built.map((f) => f.slice(dist.length + 1));
    expect(names).toEqual(expect.arrayContaining(['index.js', 'index.cjs', 'assessment.js', 'assessment.cjs', 'support-plan.js', 'support-plan.cjs']));
  });

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
