import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goodday as runCli } from '../../test/goodday.js';

const dir = mkdtempSync(join(tmpdir(), 'goodday-cli-feedback-'));
const examples = join(import.meta.dirname, '../../../../examples/records/assessment');
const copy = (name: string) => {
  const path = join(dir, name);
  writeFileSync(path, readFileSync(join(examples, name)));
  return path;
};
const wellbeing = copy('invalid-wellbeing-impact.json');
const valid = copy('complete-eligible.json');

const goodday = (...args: string[]) => runCli(args);

describe('goodday validate --feedback', () => {
  it('adds numbered instructions naming the field in words to each --json result', async () => {
    const { code, stdout } = await goodday('validate', '--json', '--feedback', wellbeing, valid);
    expect(code).toBe(1);
    const [invalid, ok] = JSON.parse(stdout).results;
    expect(invalid.instructions).toHaveLength(invalid.findings.length);
    expect(invalid.instructions[0]).toMatchObject({ number: 1, ruleId: 'assessment/wellbeing-impact', path: '/needs/1', field: 'the second need' });
    expect(invalid.feedback).toMatch(/^1\. In the second need: .*Take the person's words from the transcript/);
    expect([ok.instructions, ok.feedback]).toEqual([[], 'The record is complete: nothing to change.']);
  });

  it('leaves the JSON as it was without --feedback', async () => {
    const [result] = JSON.parse((await goodday('validate', '--json', wellbeing)).stdout).results;
    expect(Object.keys(result).sort()).toEqual(['file', 'findings', 'kind', 'valid', 'version']);
  });

  it('prints the instructions under the findings as text', async () => {
    const { stdout } = await goodday('validate', '--feedback', wellbeing);
    expect(stdout).toMatch(/Instructions for a model:\n {4}1\. In the second need: /);
  });
});
