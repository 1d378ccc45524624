import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeAssessment } from '../../validate/test/assessment-fixture.js';
import { completePlan } from '../../validate/test/support-plan-fixture.js';
import { goodday as runCli } from '../test/goodday.js';

const dir = mkdtempSync(join(tmpdir(), 'goodday-cli-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const valid = file('valid.json', JSON.stringify(completeAssessment()));
const noGoodDay = file('no-good-day.json', JSON.stringify({ ...completeAssessment(), goodDay: undefined }));
const notJson = file('broken.json', '{"name": "Margaret Smith",');
const unknown = file('unknown.json', JSON.stringify({ $schema: 'https://example.org/x.json' }));

const goodday = (...args: string[]) => runCli(args);

describe('goodday validate', () => {
  it('exits 0 for valid records and says so', async () => {
    const { code, stdout } = await goodday('validate', valid);
    expect(code).toBe(0);
    expect(stdout).toContain(`valid     ${valid}  (assessment 1.1.0)`);
    expect(stdout).toContain('1 file: 1 valid, 0 invalid, 0 unusable.');
  });

  it('exits 1 for a record with an error finding, showing rule, place and message', async () => {
    const { code, stdout } = await goodday('validate', noGoodDay, valid);
    expect(code).toBe(1);
    expect(stdout).toMatch(/invalid .*no-good-day\.json {2}\(assessment 1\.1\.0; 1 error\)/);
    expect(stdout).toContain('error   assessment/good-day  at the record');
    expect(stdout).toContain('2 files: 1 valid, 1 invalid, 0 unusable.');
  });

  it('prints the agreed JSON shape with --json', async () => {
    const { code, stdout } = await goodday('validate', '--json', valid, noGoodDay);
    expect(code).toBe(1);
    const { results } = JSON.parse(stdout);
    expect(results).toHaveLength(2);
    expect(results[0]).toEqual({ file: valid, kind: 'assessment', version: '1.1.0', valid: true, findings: [] });
    expect(results[1].findings[0]).toEqual({
      ruleId: 'assessment/good-day',
      severity: 'error',
      path: '',
      message: expect.stringMatching(/good day/),
      source: 'HICM action card 4.1',
    });
  });

  it.each([
    ['a missing file', join(dir, 'nope.json'), /nope\.json: no such file\.$/, 'unreadable'],
    ['a folder', dir, /it is a folder or device, not a file/, 'unreadable'],
    ['a file that is not JSON', notJson, /broken\.json: The input is not valid JSON/, 'not-json'],
    ['an unknown $schema', unknown, /is not a Good Day record schema/, 'unknown-schema'],
  ])('exits 2 for %s with a one-line reason and no stack trace', async (_, path, reason, errorCode) => {
    const { code, stdout, stderr } = await goodday('validate', '--json', path, valid);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).results[0].error.code).toBe(errorCode);
    expect(stderr.trim()).toMatch(reason);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr + stdout).not.toContain('Margaret');
    expect(JSON.parse(stdout).results[1].valid).toBe(true);
  });

  it('refuses files over --max-bytes before reading them', async () => {
    const { code, stderr } = await goodday('validate', '--max-bytes', '100', valid);
    expect(code).toBe(2);
    expect(stderr).toMatch(/over the limit of 100/);
  });

  it('checks structure only with --structure-only', async () => {
    expect((await goodday('validate', '--structure-only', noGoodDay)).code).toBe(0);
  });
});

describe('goodday validate --with', () => {
  const plan = file('plan.json', JSON.stringify(completePlan()));
  const draftAssessment = file('draft-assessment.json', JSON.stringify({ ...completeAssessment(), status: 'draft' }));

  it('checks a plan against the assessment it builds on', async () => {
    const { code, stdout } = await goodday('validate', '--json', plan, '--with', valid);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).results).toEqual([{ file: plan, kind: 'support-plan', version: '1.1.0', valid: true, findings: [] }]);
  });

  it('reports a plan built on an assessment that is not complete', async () => {
    const { code, stdout } = await goodday('validate', plan, '--with', draftAssessment);
    expect(code).toBe(1);
    expect(stdout).toContain('error   support-plan/based-on-assessment  at basedOn');
    expect(stdout).toContain('The assessment ASM-TEST-1 is not complete');
  });

  it('reports a plan whose assessment was not given among the related records', async () => {
    const { code, stdout } = await goodday('validate', plan, '--with', plan);
    expect(code).toBe(1);
    expect(stdout).toContain('ASM-TEST-1 (version 1.1.0) is not among the related records given');
  });

  it('checks the plan alone without --with', async () => {
    expect((await goodday('validate', plan)).code).toBe(0);
  });

  it('refuses an unusable related record with exit 2 and one line, before validating anything', async () => {
    const { code, stdout, stderr } = await goodday('validate', plan, '--with', notJson);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^goodday: --with .*broken\.json: The input is not valid JSON/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect((await goodday('validate', plan, '--with', unknown)).code).toBe(2);
  });
});

describe('goodday validate a review --with the plan it reviews', () => {
  const records = join(import.meta.dirname, '../../../examples/records');
  const annual = join(records, 'review/complete-annual-review-plan-revised.json');
  const lilysPlan = join(records, 'support-plan/complete-direct-payment.json');
  const samsPlan = join(records, 'support-plan/complete-managed-budget.json');

  it('checks that every goal of the plan is reviewed', async () => {
    const { code, stdout } = await goodday('validate', '--json', '--no-language', annual, '--with', lilysPlan);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).results).toEqual([{ file: annual, kind: 'review', version: '1.0.0', valid: true, findings: [] }]);
  });

  it('names a goal of the plan the review left out', async () => {
    const record = JSON.parse(readFileSync(annual, 'utf8'));
    record.goals.splice(2, 1);
    const { code, stdout } = await goodday('validate', file('review-missing-goal.json', JSON.stringify(record)), '--with', lilysPlan);
    expect(code).toBe(1);
    expect(stdout).toContain('error   review/based-on-plan  at goals');
    expect(stdout).toContain('The review does not look at goal goal-3 of the plan CSP-2026-00017');
  });

  it('says when the plan given is not the one the review names', async () => {
    const { code, stdout } = await goodday('validate', annual, '--with', samsPlan);
    expect(code).toBe(1);
    expect(stdout).toContain('The plan CSP-2026-00017 (version 1.1.0) is not among the related records given');
  });
});

describe("goodday validate a combined carer's assessment --with the assessment it is combined with", () => {
  const records = join(import.meta.dirname, '../../../examples/records');
  const ken = join(records, 'carers-assessment/complete-husband-caring-for-wife.json');
  // June's needs assessment, combined with Ken's; with another person reference, it is someone else's.
  const junes = (personRef: string) => {
    const record = JSON.parse(readFileSync(join(records, 'assessment/complete-combined-with-carer.json'), 'utf8'));
    record.person.personRef = personRef;
    return file(`june-${personRef}.json`, JSON.stringify(record));
  };

  it('finds nothing when the assessment given is the cared-for person\'s, and combined', async () => {
    const { code, stdout } = await goodday('validate', '--json', '--no-language', ken, '--with', junes('P-100733'));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).results).toEqual([{ file: ken, kind: 'carers-assessment', version: '1.0.0', valid: true, findings: [] }]);
  });

  it('says when the assessment given is about someone else', async () => {
    const { code, stdout } = await goodday('validate', ken, '--with', junes('P-100999'));
    expect(code).toBe(1);
    expect(stdout).toContain('error   carers-assessment/combined-consent  at combinedWith.assessmentId');
    expect(stdout).toContain('The assessment ASM-2026-00088 is about someone other than the person cared for');
  });

  it('says when the assessment it is combined with is not among those given', async () => {
    const { code, stdout } = await goodday('validate', ken, '--with', join(records, 'assessment/complete-eligible.json'));
    expect(code).toBe(1);
    expect(stdout).toContain('The assessment ASM-2026-00088 (version 1.1.0) is not among the related records given');
  });
});

describe('usage', () => {
  it.each([
    [['validate'], /no files given/],
    [['validate', '--colour', valid], /Unknown option '--colour'/],
    [['validate', '--max-bytes', 'lots', valid], /--max-bytes takes a whole number from 1 to/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['schema', 'care-plan'], /unknown kind "care-plan"/],
    [['schema', 'assessment', '--version', '0.1.0'], /published versions are 1\.0\.0/],
  ])('goodday %j exits 2 with one line', async (args, reason) => {
    const { code, stderr } = await goodday(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(reason);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('prints help for the command and for each subcommand', async () => {
    expect((await goodday('--help')).stdout).toMatch(/^Usage: goodday <command>/);
    expect((await goodday('validate', '--help')).stdout).toMatch(/^Usage: goodday validate/);
    expect((await goodday('help', 'schema')).stdout).toMatch(/^Usage: goodday schema/);
    expect((await goodday()).code).toBe(2);
  });
});

describe('goodday schema', () => {
  it('prints a schema by kind, by version, and lists them all', async () => {
    const latest = await goodday('schema', 'assessment');
    expect(latest.code).toBe(0);
    expect(JSON.parse(latest.stdout).$id).toBe('https://goodday.dev/schemas/assessment/1.1.0.json');
    expect(JSON.parse((await goodday('schema', 'assessment', '--version', '1.0.0')).stdout).$id).toBe('https://goodday.dev/schemas/assessment/1.0.0.json');
    expect(JSON.parse((await goodday('schema', 'common', '--version', '1.0.0')).stdout).$id).toContain('/common/1.0.0.json');
    expect((await goodday('schema')).stdout).toMatch(/^assessment\s+1\.0\.0\s+https:\/\/goodday\.dev\/schemas\/assessment\/1\.0\.0\.json$/m);
  });

  it.each(['support-plan', 'safeguarding-enquiry', 'capacity-decision'])('prints the %s schema, and the newest common schema it builds on', async (kind) => {
    const { code, stdout } = await goodday('schema', kind);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).$id).toBe(`https://goodday.dev/schemas/${kind}/1.1.0.json`);
    expect(JSON.parse((await goodday('schema', 'common')).stdout).$id).toBe('https://goodday.dev/schemas/common/1.2.0.json');
  });
});

describe("goodday schema carers-assessment", () => {
  it("prints the carer's assessment schema, with the eight carer outcomes of reg 3(2)(b) and reg 3(3)'s three limbs", async () => {
    const { code, stdout } = await goodday('schema', 'carers-assessment');
    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema.$id).toBe('https://goodday.dev/schemas/carers-assessment/1.0.0.json');
    expect(schema.$defs.CarerOutcome.oneOf.map((b: { description: string }) => b.description.replace('Eligibility Criteria Regulations 2015 ', ''))).toEqual(
      ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii'].map((n) => `reg 3(2)(b)(${n})`),
    );
    expect(schema.$defs.CarerUnableToAchieveLimb.oneOf.map((b: { const: string }) => b.const)).toEqual(['without-assistance', 'significant-pain-distress-or-anxiety', 'endangers-health-or-safety']);
    expect((await goodday('schema')).stdout).toMatch(/^carers-assessment\s+1\.0\.0\s+https:\/\/goodday\.dev\/schemas\/carers-assessment\/1\.0\.0\.json$/m);
  });
});

describe('goodday --version', () => {
  it('prints the version on one line and exits 0', async () => {
    const { code, stdout } = await goodday('--version');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^goodday \d+\.\d+\.\d+\n$/);
  });
});

describe('unusable usage, each in one line (regressions from the hostile-input harness)', () => {
  const oneLine = (stderr: string) => {
    expect(stderr.split('\n')).toHaveLength(2);
    expect(stderr).not.toMatch(/internal error/);
    expect(stderr.length).toBeLessThan(300);
  };

  it('names of what every object has are not commands or help topics (they were internal errors)', async () => {
    for (const args of [['constructor'], ['__proto__'], ['toString', valid], ['help', 'constructor'], ['help', 'nope']]) {
      const { code, stderr } = await goodday(...args);
      expect(code, args.join(' ')).toBe(2);
      oneLine(stderr);
    }
  });

  it('shortens what it quotes: an option, a kind or a version of any length (they filled the line)', async () => {
    const long = 'x'.repeat(5000);
    for (const args of [['validate', `--${long}`, valid], ['schema', long], ['schema', 'assessment', '--version', long]]) {
      const { code, stderr } = await goodday(...args);
      expect(code).toBe(2);
      oneLine(stderr);
    }
  });

  it('quotes a file name with a line break, so the reason stays on one line (it broke in two)', async () => {
    for (const args of [['validate', join(dir, 'line\nbreak.json')], ['render', join(dir, 'line\nbreak.json')], ['lint', join(dir, 'line\nbreak.txt')], ['audit', join(dir, 'line\nbreak')]]) {
      const { code, stderr } = await goodday(...args);
      expect(code).toBe(2);
      oneLine(stderr);
      expect(stderr).toContain(JSON.stringify(join(dir, 'line\nbreak')).slice(0, -1));
    }
  });
});
