import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { listSchemas } from '@goodday/schemas';
import { isGoodDayInputError, parseRecord, validate } from '@goodday/validate';
import { describe, expect, it } from 'vitest';
import { thrownBy } from '../../../test/errors.js';
import { render as renderAny, RenderRefusedError } from './index.js';

const recordsDir = join(import.meta.dirname, '../../../examples/records');
const kinds = [...new Set(listSchemas().map((s) => s.name))].filter((name) => name !== 'common');
const examplesOf = (kind: string) =>
  readdirSync(join(recordsDir, kind))
    .filter((f) => f.endsWith('.json'))
    .map((f) => parseRecord(readFileSync(join(recordsDir, kind, f))))
    .filter((record) => validate(record).valid);
const entries = join(import.meta.dirname, 'generated/entry');
const entry = (kind: string) => import(`./generated/entry/${kind}.ts`);
describe('@goodday/render/<kind> (the per-kind entries)', () => {
  it('exist for every record kind of the registry, each with its package export', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../package.json'), 'utf8'));
    expect(Object.keys(pkg.exports)).toEqual(['.', ...kinds.map((k) => `./${k}`), './package.json']);
    expect(readdirSync(entries).sort()).toEqual(kinds.map((k) => `${k}.ts`).sort());
  });

  it.each(kinds)('%s exports render and what goes with it', async (kind) => {
    expect(Object.keys(await entry(kind)).sort()).toEqual(['RenderRefusedError', 'defaultStrings', 'render']);
    expect((await entry(kind)).RenderRefusedError).toBe(RenderRefusedError);
  });

  it.each(kinds)('%s renders every valid example of its kind as @goodday/render does', async (kind) => {
    const { render } = await entry(kind);
    const examples = examplesOf(kind);
    expect(examples.length).toBeGreaterThan(0);
    for (const record of examples) {
      for (const format of ['html', 'markdown', 'text'] as const) expect(render(record, { format, drafts: true })).toBe(renderAny(record, { format, drafts: true }));
    }
  });

  it.each(kinds)('%s refuses a record of any other kind, trusted or not, saying what to use', async (kind) => {
    const { render } = await entry(kind);
    for (const other of kinds.filter((k) => k !== kind)) {
      const record = examplesOf(other)[0];
      const untrusted = thrownBy(() => render(record, { drafts: true }));
      expect(isGoodDayInputError(untrusted) && untrusted.code).toBe('wrong-kind');
      const trusted = thrownBy(() => render(record, { drafts: true, trusted: true }));
      expect(trusted).toBeInstanceOf(RenderRefusedError);
      expect((trusted as Error).message).toBe(`This is a Good Day ${other.replace(/-/g, ' ')} record: @goodday/render/${kind} renders only that kind; use @goodday/render for any kind.`);
    }
  });
});
