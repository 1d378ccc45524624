import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goodday as runCli } from '../../test/goodday.js';

const records = join(import.meta.dirname, '../../../../examples/records');
const goodday = (...args: string[]) => runCli(args);
const write = (name: string, text: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'goodday-fhir-')), name);
  writeFileSync(file, text);
  return file;
};

describe('goodday fhir', () => {
  it('prints the Questionnaire of a kind, the newest version unless --version says', async () => {
    const newest = await goodday('fhir', 'questionnaire', 'assessment');
    expect([newest.code, newest.stderr]).toEqual([0, '']);
    expect(JSON.parse(newest.stdout)).toMatchObject({ resourceType: 'Questionnaire', url: 'https://goodday.dev/schemas/assessment/1.1.0.json', version: '1.1.0' });
    const old = await goodday('fhir', 'questionnaire', 'assessment', '--version', '1.0.0');
    expect(JSON.parse(old.stdout).version).toBe('1.0.0');
  });

  it('turns a record into a QuestionnaireResponse, and the response back into the same record', async () => {
    const file = join(records, 'support-plan/complete-direct-payment.json');
    const response = await goodday('fhir', 'response', file);
    expect([response.code, response.stderr]).toEqual([0, '']);
    expect(JSON.parse(response.stdout)).toMatchObject({ resourceType: 'QuestionnaireResponse', status: 'completed' });
    const back = await goodday('fhir', 'record', write('response.json', response.stdout));
    expect([back.code, back.stderr]).toEqual([0, '']);
    expect(JSON.parse(back.stdout)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });

  it('exits 2 with one line for unusable input or usage', async () => {
    const cases: [string[], RegExp][] = [
      [['fhir'], /say what to print/],
      [['fhir', 'bundle', 'x'], /unknown fhir action "bundle"/],
      [['fhir', 'questionnaire'], /takes one kind/],
      [['fhir', 'questionnaire', 'carepack'], /unknown kind "carepack"/],
      [['fhir', 'questionnaire', 'assessment', '--version', '7.0.0'], /published versions are 1\.0\.0, 1\.1\.0/],
      [['fhir', 'response', join(records, 'nope.json')], /no such file/],
      [['fhir', 'response', write('bad.json', '{ not json')], /not valid JSON/],
      [['fhir', 'response', write('list.json', '[]')], /must be a JSON object/],
      [['fhir', 'record', join(records, 'assessment/draft.json')], /not a FHIR QuestionnaireResponse/],
      [['fhir', 'response', '--version', '1.0.0', join(records, 'assessment/draft.json')], /--version is for fhir questionnaire/],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await goodday(...args);
      expect([code, stdout], args.join(' ')).toEqual([2, '']);
      expect(stderr, args.join(' ')).toMatch(message);
      expect(stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('has help', async () => {
    const { code, stdout } = await goodday('fhir', '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('goodday fhir questionnaire <kind>');
  });
});
