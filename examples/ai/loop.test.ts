import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The offline loop of the README's "For AI-tool builders", run as `pnpm demo:ai` runs it (after the build).
const run = (...args: string[]) => spawnSync(process.execPath, [join(import.meta.dirname, 'loop.mjs'), ...args], { encoding: 'utf8' });
const truth = JSON.parse(readFileSync(join(import.meta.dirname, '../records/assessment/complete-eligible.json'), 'utf8')) as unknown;

/** Every free text in the record the scripted model reads from: none of it may be printed. */
const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap(texts) : value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => (typeof v === 'string' && (k === 'text' || v.includes(' ')) && v.length > 12 ? [v] : texts(v))) : [];

describe.each([['openai'], ['anthropic']])('the offline model loop (%s)', (provider) => {
  const result = run(...(provider === 'anthropic' ? ['--anthropic'] : []));
  const rounds = result.stdout.split('\n').filter((line) => line.startsWith('Round '));

  it('succeeds quietly, and is the same every time', () => {
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(run(...(provider === 'anthropic' ? ['--anthropic'] : [])).stdout).toBe(result.stdout);
    expect(result.stdout).toContain(`held to the ${provider} schema`);
  });

  it('starts with a draft that breaks rules, then follows the feedback to a valid record within three rounds', () => {
    expect(rounds[0]).toMatch(/^Round 1: not valid, [1-9]\d* errors?/);
    expect(rounds.length).toBeGreaterThan(1);
    expect(rounds.length).toBeLessThanOrEqual(3);
    expect(rounds.at(-1)).toMatch(/: valid, 0 errors and 0 warnings\.$/);
    expect(result.stdout).toMatch(/1\. In the second need: .*Take the person's words from the transcript/);
    expect(result.stdout).toContain('In the third strength:');
  });

  it("never prints what the record says, only its field names", () => {
    for (const text of texts(truth)) expect(result.stdout).not.toContain(text);
    expect(result.stdout).toMatch(/The record has \d+ fields: \$schema, id, status/);
  });
});
