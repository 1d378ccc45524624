import { describe, expect, it } from 'vitest';
import { goodday as runCli } from '../../test/goodday.js';

const goodday = (...args: string[]) => runCli(args);

describe('goodday schema --for', () => {
  it('prints the strict OpenAI schema of a kind: one section, every property required, no oneOf', async () => {
    const { code, stdout } = await goodday('schema', 'assessment', '--for', 'openai');
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect([printed.kind, printed.version, printed.provider, printed.sections.length]).toEqual(['assessment', '1.1.0', 'openai', 1]);
    const schema = printed.sections[0].schema;
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(Object.keys(schema.properties));
    expect(stdout).not.toContain('"oneOf"');
  });

  it('prints the Anthropic sections of a kind and version', async () => {
    const printed = JSON.parse((await goodday('schema', 'support-plan', '--for', 'anthropic', '--version', '1.0.0')).stdout);
    expect(printed.provider).toBe('anthropic');
    expect(printed.sections.length).toBeGreaterThan(1);
  });

  it.each([
    [['schema', 'assessment', '--for', 'gemini'], /--for takes openai or anthropic/],
    [['schema', 'common', '--for', 'openai'], /--for needs a record kind/],
    [['schema', 'assessment', '--for', 'openai', '--version', '0.1.0'], /published versions are 1\.0\.0/],
  ])('refuses %j with exit 2 and says why', async (args, message) => {
    const { code, stderr } = await goodday(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('lists --for in its help', async () => {
    expect((await goodday('schema', '--help')).stdout).toMatch(/--for <p> +the strict schema for a model/);
  });
});

describe('goodday schema review', () => {
  it('prints the published review schema, and lists it with the others', async () => {
    const { code, stdout } = await goodday('schema', 'review');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).$id).toBe('https://goodday.dev/schemas/review/1.0.0.json');
    expect((await goodday('schema')).stdout).toContain('https://goodday.dev/schemas/review/1.0.0.json');
    expect((await goodday('schema', '--help')).stdout).toMatch(/Kinds: .*capacity-decision, review, carers-assessment;/);
  });

  it('prints its strict schema for a model', async () => {
    const printed = JSON.parse((await goodday('schema', 'review', '--for', 'openai')).stdout);
    expect([printed.kind, printed.version, printed.provider]).toEqual(['review', '1.0.0', 'openai']);
  });
});
