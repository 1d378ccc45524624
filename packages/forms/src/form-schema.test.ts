import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { getSchema, listSchemas, recordKinds, type JsonSchema } from '@goodday/schemas';
import { isGoodDayInputError } from '@goodday/validate';
import { describe, expect, it } from 'vitest';
import { thrownBy } from '../../../test/errors.js';
import { formSchema, formVersions } from './form-schema.js';

const every = recordKinds.flatMap((kind) => formVersions(kind).map((version) => [kind, version] as const));

/** Every schema node with its JSON Pointer, following properties and items only (the fields of a form). */
function fields(schema: JsonSchema, pointer = ''): [string, JsonSchema][] {
  const out: [string, JsonSchema][] = [[pointer, schema]];
  for (const [name, sub] of Object.entries(schema.properties ?? {})) out.push(...fields(sub, `${pointer}/properties/${name}`));
  if (schema.items && !Array.isArray(schema.items)) out.push(...fields(schema.items, `${pointer}/items`));
  return out;
}

describe('formSchema', () => {
  it('has a form for every published version of every record kind', () => {
    for (const kind of recordKinds) expect(formVersions(kind)).toEqual(listSchemas().filter((s) => s.name === kind).map((s) => s.version));
  });

  it('is what scripts/build-forms.mjs writes from schemas/ (the generated files are not stale)', () => {
    expect(() => execFileSync(process.execPath, [join(import.meta.dirname, '../scripts/build-forms.mjs'), '--check'], { encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
  });

  it.each(every)('%s %s: is one self-contained draft-07 document with $schema fixed', (kind, version) => {
    const schema = formSchema(kind, version);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(JSON.stringify(schema)).not.toMatch(/"\$ref"|"\$defs"|"\$id"/);
    const id = getSchema(kind, version)!.$id;
    expect(schema.properties!.$schema).toMatchObject({ type: 'string', const: id, default: id });
  });

  it.each(every)('%s %s: keeps every field, and each field its own title, description and prompt', (kind, version) => {
    const published = getSchema(kind, version)!;
    const form = new Map(fields(formSchema(kind, version)));
    // Walk the published schema by hand, following $ref, to find each field's own words.
    const resolve = (node: JsonSchema, base: string): { node: JsonSchema; base: string } => {
      if (!node.$ref) return { node, base };
      const url = new URL(node.$ref, base);
      const doc = listSchemas().find((s) => s.$id === url.href.replace(/#.*$/, ''))?.schema ?? published;
      const target = url.hash.slice(2).split('/').reduce<unknown>((n, part) => (n as Record<string, unknown>)[part], doc) as JsonSchema;
      return resolve(target, doc.$id!);
    };
    let checked = 0;
    const walk = (node: JsonSchema, base: string, pointer: string) => {
      const own = form.get(pointer);
      expect(own, pointer).toBeDefined();
      const target = resolve(node, base);
      for (const keyword of ['title', 'description', 'x-prompt'] as const) {
        const expected = node[keyword] ?? target.node[keyword];
        if (expected !== undefined && pointer !== '/properties/$schema') {
          expect(own![keyword], `${pointer} ${keyword}`).toBe(expected);
          checked++;
        }
      }
      for (const [name, sub] of Object.entries(target.node.properties ?? {})) walk(sub, target.base, `${pointer}/properties/${name}`);
      if (target.node.items) walk(target.node.items, target.base, `${pointer}/items`);
    };
    walk(published, published.$id!, '');
    expect(checked).toBeGreaterThan(100);
  });

  it.each(every)('%s %s: types every code list as a string, so that it renders as a choice', (kind, version) => {
    const lists = fields(formSchema(kind, version)).filter(([, s]) => Array.isArray(s.oneOf) && s.oneOf.every((b) => typeof b.const === 'string'));
    expect(lists.length).toBeGreaterThan(3);
    for (const [pointer, list] of lists) expect(list.type, pointer).toBe('string');
  });

  it('gives a new copy each time, so a caller may change it', () => {
    const first = formSchema('assessment');
    first.title = 'changed';
    delete first.properties!.needs;
    expect(formSchema('assessment').title).not.toBe('changed');
    expect(formSchema('assessment').properties!.needs).toBeDefined();
  });

  it('refuses a kind or version with no form, in one line that lists what there is', () => {
    const version = thrownBy(() => formSchema('assessment', '9.9.9'));
    expect(isGoodDayInputError(version) && version.code).toBe('unknown-schema');
    expect((version as Error).message).toBe(`There is no form for "assessment" version "9.9.9": the published versions are ${formVersions('assessment').join(', ')}.`);
    const kind = thrownBy(() => formSchema('education-plan' as never));
    expect((kind as Error).message).toBe('There is no form for "education plan": it is not a Good Day record kind.');
    expect((thrownBy(() => formSchema(`x${'y'.repeat(10_000)}\n` as never)) as Error).message).not.toContain('\n');
  });
});
