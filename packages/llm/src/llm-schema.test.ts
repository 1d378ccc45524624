import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { listVersions, recordKinds } from '@goodday/schemas';
import { describe, expect, it } from 'vitest';
import { checkLlmSchema } from './constraints.js';
import { llmSchemas } from './generated/index.js';
import { llmSchema, llmVersions } from './llm-schema.js';

const text = (value: unknown) => JSON.stringify(value);

describe('the generated schemas', () => {
  it('are up to date with schemas/, in src/generated and docs/llm', () => {
    const run = spawnSync(process.execPath, [join(import.meta.dirname, '../scripts/build-llm.mjs'), '--check'], { encoding: 'utf8' });
    expect([run.status, run.stderr]).toEqual([0, '']);
  });

  it('cover every published kind and version for both providers', () => {
    const expected = recordKinds.flatMap((kind) => listVersions(kind).flatMap((version) => ['openai', 'anthropic'].map((provider) => `${kind} ${version} ${provider}`)));
    expect(llmSchemas.map((s) => `${s.kind} ${s.version} ${s.provider}`).sort()).toEqual(expected.sort());
  });

  for (const entry of llmSchemas) {
    for (const section of entry.sections) {
      it(`${entry.kind} ${entry.version} for ${entry.provider}, ${section.name}: meets every documented constraint`, () => {
        expect(checkLlmSchema(section.schema, entry.provider)).toEqual([]);
      });
    }
    it(`${entry.kind} ${entry.version} for ${entry.provider}: its sections hold every top-level property once`, () => {
      const keys = entry.sections.flatMap((s) => s.keys);
      expect(new Set(keys).size).toBe(keys.length);
      expect(entry.sections.every((s) => Object.keys(s.schema.properties ?? {}).join() === s.keys.join())).toBe(true);
    });
  }

  it('say in words what the provider cannot enforce, and keep code lists as enums with their labels', () => {
    const schema = llmSchema('assessment', { provider: 'openai' }).sections[0]!.schema;
    const all = text(schema);
    expect(all).not.toMatch(/"(minLength|maxLength|oneOf|x-prompt|uniqueItems|examples)"/);
    expect(all).toContain('A date and time such as 2026-03-03T10:15:00Z.');
    expect(all).toMatch(/At most 20,000 characters\./);
    expect(all).toContain('A question to ask: \\"What does a good day look like for you?\\"');
    const status = schema.properties!.status!;
    expect(status.enum).toEqual(['draft', 'complete']);
    expect(status.description).toContain('"complete" (Complete)');
    expect(all).not.toContain('"$ref":"../');
  });

  it('tell the model to copy the person’s words, not paraphrase them', () => {
    const schema = llmSchema('assessment', { provider: 'openai' }).sections[0]!.schema;
    const words = schema.$defs!.PersonsWords!;
    expect(words.properties!.text!.description).toMatch(/word for word: do not paraphrase/);
  });

  it('make optional properties required unions with null for OpenAI', () => {
    const schema = llmSchema('assessment', { provider: 'openai' }).sections[0]!.schema;
    expect(schema.required).toEqual(Object.keys(schema.properties!));
    expect(schema.properties!.completedAt!.type).toEqual(['string', 'null']);
  });

  it('split Anthropic records into sections, and pick the newest version by default', () => {
    const anthropic = llmSchema('assessment', { provider: 'anthropic' });
    expect(anthropic.sections.length).toBeGreaterThan(1);
    expect(anthropic.version).toBe(llmVersions('assessment').at(-1));
  });

  it('says which versions exist when asked for one that does not', () => {
    expect(() => llmSchema('assessment', { provider: 'openai', version: '9.9.9' })).toThrow(/published versions are 1\.0\.0/);
  });
});
