import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ordinaryInstanceOf, thrownBy } from '../../../test/errors.js';
import { render, RenderRefusedError } from './index.js';

type Build = { RenderRefusedError: typeof RenderRefusedError; render: typeof render };
const draft = JSON.parse(readFileSync(join(import.meta.dirname, '../../../examples/records/assessment/draft.json'), 'utf8'));
describe('RenderRefusedError', () => {
  it('is an instance by its brand and its findings, not by its name', () => {
    expect(thrownBy(() => render(draft))).toBeInstanceOf(RenderRefusedError);
    const lookalike = Object.assign(new Error('x'), { name: 'RenderRefusedError', findings: [] });
    const noFindings = Object.assign(new RenderRefusedError('x', []), { findings: undefined });
    for (const value of [lookalike, noFindings, null, { findings: [] }]) expect(value instanceof RenderRefusedError).toBe(false);
  });

  it('keeps the ordinary instanceof for a subclass', () => {
    class Mine extends RenderRefusedError {}
    expect(new RenderRefusedError('x', []) instanceof Mine).toBe(false);
    expect(new Mine('x', []) instanceof RenderRefusedError).toBe(true);
  });

  // Regression: a refusal thrown by the CommonJS build was not an instance of the ESM build's class, and the reverse.
  it('is an instance across the ESM and CommonJS builds, both ways (run after the build)', async () => {
    const cjs: Build = createRequire(import.meta.url)('../dist/index.cjs');
    const esm: Build = await import('../dist/index.js');
    expect(esm.RenderRefusedError).not.toBe(cjs.RenderRefusedError);
    for (const [made, checked] of [
      [cjs, esm],
      [esm, cjs],
    ] as const) {
      const error = thrownBy(() => made.render(draft));
      expect(ordinaryInstanceOf(error, checked.RenderRefusedError)).toBe(false);
      expect(error instanceof checked.RenderRefusedError).toBe(true);
    }
  });
});
