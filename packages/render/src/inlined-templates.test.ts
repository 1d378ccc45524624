import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars/runtime.js';
import type { TemplateDelegate } from 'handlebars';
import { describe, expect, it } from 'vitest';
import { templatesByKind } from './generated/templates/index.js';
import { formatPartials } from './generated/templates/parts.js';
import { render, type PartName, type RenderOptions } from './index.js';

const recordsDir = join(import.meta.dirname, '../../../examples/records');
// Invalid examples too, rendered as trusted: they reach more of the templates' branches.
const examples = readdirSync(recordsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(recordsDir, d.name)).filter((f) => f.endsWith('.json')).map((f) => ({ name: `${d.name}/${f}`, record: JSON.parse(readFileSync(join(recordsDir, d.name, f), 'utf8')) as unknown })));
const formats = ['html', 'markdown', 'text'] as const;
const optionSets: Record<string, RenderOptions> = {
  defaults: {},
  organisation: { organisation: { name: 'Northgate <Council> & "Care"', contact: '0300 123 4567' } },
  'organisation without contact': { organisation: { name: 'Northgate' } },
  wording: { strings: { assessment: { goodDay: 'Your {good} day & more' }, inYourWords: 'Said by you' } },
};

/** The default parts, compiled on a Handlebars instance of their own: passing them makes render() call parts. */
const ownParts = (format: (typeof formats)[number]) => {
  const env = Handlebars.create();
  return Object.fromEntries(Object.entries(formatPartials[format]).map(([name, spec]) => [name, env.template(spec)])) as Record<PartName, TemplateDelegate>;
};

describe('templates with their parts inlined at build time', () => {
  it('exist for every kind in every format, and call no part', () => {
    expect(Object.keys(templatesByKind).sort()).toEqual(readdirSync(join(import.meta.dirname, '../../../templates')).filter((f) => f.endsWith('.hbs')).map((f) => f.slice(0, -4)).sort());
    for (const { template, inlined } of Object.values(templatesByKind)) {
      expect(String(Object.values(template).filter((f) => typeof f === 'function'))).toContain('invokePartial');
      for (const format of formats) expect(String(Object.values(inlined[format]).filter((f) => typeof f === 'function'))).not.toContain('invokePartial');
    }
  });

  it.each(formats.flatMap((format) => Object.keys(optionSets).map((set) => [format, set] as const)))('give the same %s as calling the parts, for every example, with %s', (format, set) => {
    const parts = ownParts(format);
    let compared = 0;
    for (const { name, record } of examples) {
      const options = { ...optionSets[set], format, drafts: true, trusted: true };
      const inlined = render(record, options);
      expect(render(record, { ...options, partials: parts }), name).toBe(inlined);
      compared++;
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('are not used when the vendor gives a part of their own', () => {
    const record = examples.find((e) => e.name === 'assessment/complete-eligible.json')!.record;
    const out = render(record, { format: 'text', partials: { item: (ctx: { text: string }) => `ITEM ${ctx.text}\n` } });
    expect(out).toContain('ITEM ');
    expect(out).not.toContain('  * ');
  });
});
