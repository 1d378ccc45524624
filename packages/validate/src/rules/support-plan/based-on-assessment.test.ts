import type { Assessment, SupportPlan } from '@goodday/schemas';
import { describe, expect, it } from 'vitest';
import { completeAssessment } from '../../../test/assessment-fixture.js';
import { completePlan } from '../../../test/support-plan-fixture.js';
import { validate } from '../../validate.js';

const RULE = 'support-plan/based-on-assessment';

/** The based-on-assessment findings for a plan, optionally checked against related records. */
function found(plan: SupportPlan, related?: unknown[]) {
  const report = validate(plan, related ? { context: { related } } : {});
  expect(report.findings.filter((f) => f.ruleId !== RULE)).toEqual([]);
  return report.findings.map((f) => [f.path, f.message]);
}

const plan = (change: (p: SupportPlan) => void = () => {}) => {
  const p = completePlan();
  change(p);
  return p;
};
const assessment = (change: (a: Assessment) => void = () => {}) => {
  const a = completeAssessment();
  change(a);
  return a;
};

describe('support-plan/based-on-assessment, on the plan alone', () => {
  it('is quiet when the plan names its assessment and meets only the needs it lists', () => {
    expect(found(plan())).toEqual([]);
  });

  it('fires when the plan does not name its assessment, even in a draft', () => {
    expect(found(plan((p) => { p.status = 'draft'; delete p.basedOn; }))).toEqual([['', expect.stringMatching(/does not name the assessment/)]]);
    expect(found(plan((p) => delete p.basedOn!.assessmentVersion))).toEqual([['/basedOn', expect.stringMatching(/id and schema version/)]]);
  });

  it('fires when it does not say which needs are eligible', () => {
    const p = plan((p) => {
      delete p.basedOn!.eligibleNeedIds;
      p.basedOn!.agreedNonEligibleNeedIds = ['need-1', 'need-2'];
    });
    expect(found(p)).toEqual([]);
    delete p.basedOn!.agreedNonEligibleNeedIds;
    expect(found(p)).toContainEqual(['/basedOn', expect.stringMatching(/which of the assessment's needs are eligible/)]);
  });

  it('names a need the plan meets that basedOn does not list', () => {
    expect(found(plan((p) => (p.basedOn!.eligibleNeedIds = ['need-1'])))).toEqual([['/needsToBeMet/1/needId', expect.stringMatching(/need need-2, which basedOn lists neither/)]]);
  });
});

describe('support-plan/based-on-assessment, against the assessment given as a related record', () => {
  it('is quiet when every need the plan meets is in the complete assessment and eligible', () => {
    expect(found(plan(), [assessment()])).toEqual([]);
  });

  it('finds the assessment by id and version among other related records', () => {
    const other = assessment((a) => (a.id = 'ASM-OTHER'));
    expect(found(plan(), [other, { not: 'a record' }, null, assessment()])).toEqual([]);
  });

  it('fires when the assessment is not among the related records', () => {
    expect(found(plan(), [assessment((a) => (a.id = 'ASM-OTHER'))])).toEqual([['/basedOn', expect.stringMatching(/ASM-TEST-1 \(version 1\.1\.0\) is not among the related records/)]]);
    expect(found(plan((p) => (p.basedOn!.assessmentVersion = '2.0.0')), [assessment()])).toHaveLength(1);
  });

  it('fires when the assessment is still a draft', () => {
    expect(found(plan(), [assessment((a) => (a.status = 'draft'))])).toEqual([['/basedOn', expect.stringMatching(/is not complete/)]]);
  });

  it('names a need the plan meets that the assessment did not find eligible', () => {
    const a = assessment((a) => {
      a.eligibility!.eligibleNeedIds = ['need-1'];
    });
    expect(found(plan(), [a])).toEqual([
      ['/basedOn/eligibleNeedIds/1', expect.stringMatching(/^Need need-2 is not eligible in the assessment ASM-TEST-1/)],
      ['/needsToBeMet/1/needId', expect.stringMatching(/need need-2, which is not eligible/)],
    ]);
  });

  it('accepts a need that is not eligible when the council agreed to meet it', () => {
    const a = assessment((a) => (a.eligibility!.eligibleNeedIds = ['need-1']));
    const p = plan((p) => {
      p.basedOn!.eligibleNeedIds = ['need-1'];
      p.basedOn!.agreedNonEligibleNeedIds = ['need-2'];
    });
    expect(found(p, [a])).toEqual([]);
  });

  it('names a need that is not in the assessment at all', () => {
    const p = plan((p) => {
      p.basedOn!.eligibleNeedIds!.push('need-9');
      p.needsToBeMet![1]!.needId = 'need-9';
    });
    expect(found(p, [assessment()])).toEqual([
      ['/basedOn/eligibleNeedIds/2', 'Need need-9 is not in the assessment ASM-TEST-1: correct the id.'],
      ['/needsToBeMet/1/needId', expect.stringMatching(/need need-9, which is not in the assessment/)],
    ]);
  });

  it('does not change the related records', () => {
    const a = assessment();
    const before = structuredClone(a);
    found(plan(), [Object.freeze(a)]);
    expect(a).toEqual(before);
  });
});
