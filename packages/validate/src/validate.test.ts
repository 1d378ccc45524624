import { describe, expect, it } from 'vitest';
import { completeAssessment } from '../test/assessment-fixture.js';
import { GoodDayInputError } from './input-error.js';
import { lacksCapacityDecision } from '../test/capacity-decision-fixture.js';
import { concludedEnquiry } from '../test/safeguarding-enquiry-fixture.js';
import { completePlan } from '../test/support-plan-fixture.js';
import { isAssessment, isCapacityDecision, isSafeguardingEnquiry, isSupportPlan, validateAssessment, validateCapacityDecision, validateSafeguardingEnquiry, validateSupportPlan } from './generated/every-kind.js';
import { validate } from './validate.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const inputError = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GoodDayInputError);
    return error as GoodDayInputError;
  }
  throw new Error('expected a GoodDayInputError');
};

describe('validate', () => {
  it('reports kind, version and validity', () => {
    expect(validate(completeAssessment())).toEqual({ valid: true, kind: 'assessment', version: '1.1.0', findings: [] });
  });

  it('validates deep-frozen records without changing them', () => {
    const record = completeAssessment();
    const before = JSON.stringify(record);
    const frozen = deepFreeze(record);
    expect(validate(frozen).valid).toBe(true);
    const broken = deepFreeze({ ...completeAssessment(), status: 'finished', extra: true });
    expect(validate(broken).valid).toBe(false);
    expect(JSON.stringify(record)).toBe(before);
  });

  it('does not fill in defaults, coerce types or remove unknown fields', () => {
    const record = { ...completeAssessment(), id: 42, surprise: 'kept' } as unknown as Record<string, unknown>;
    const report = validate(record);
    expect(report.findings.map((f) => f.ruleId).sort()).toEqual(['structure/additionalProperties', 'structure/type']);
    expect(record.id).toBe(42);
    expect(record.surprise).toBe('kept');
  });

  it('runs the rules only on structurally sound records, and not at all with rules: false', () => {
    const broken = { ...completeAssessment(), goodDay: undefined, status: 'nearly' };
    delete broken.goodDay;
    expect(validate(broken).findings.every((f) => f.ruleId.startsWith('structure/'))).toBe(true);
    const noGoodDay = completeAssessment();
    delete noGoodDay.goodDay;
    expect(validate(noGoodDay, { rules: false })).toMatchObject({ valid: true, findings: [] });
  });

  it.each([
    ['null', null, 'not-an-object'],
    ['an array', [], 'not-an-object'],
    ['a string', 'assessment', 'not-an-object'],
    ['an object without $schema', { id: 'x' }, 'no-schema'],
    ['a $schema that is not a string', { $schema: 3 }, 'no-schema'],
    ['an unknown $schema', { $schema: 'https://example.org/other.json' }, 'unknown-schema'],
    ['the common schema, which is not a record kind', { $schema: 'https://goodday.dev/schemas/common/1.0.0.json' }, 'unknown-schema'],
  ])('refuses %s with a one-line reason', (_, input, code) => {
    const error = inputError(() => validate(input));
    expect(error.code).toBe(code);
    expect(error.message).not.toContain('\n');
  });

  it('keeps a quoted $schema or field name on one line, whatever line breaks it holds (U+2028 and U+0085 got through)', () => {
    for (const mark of ['\n', '\r', '\u2028', '\u2029', '\u0085']) {
      const error = inputError(() => validate({ $schema: `https://x${mark}y` }));
      expect(error.message).not.toMatch(/[\n\r\u2028\u2029\u0085]/);
      const report = validate({ ...completeAssessment(), [`extra${mark}field`]: 1 });
      for (const f of report.findings) expect(f.message).not.toMatch(/[\n\r\u2028\u2029\u0085]/);
      expect(report.findings.map((f) => f.ruleId)).toContain('structure/additionalProperties');
    }
  });

  it('refuses deeply nested input without overflowing the stack', () => {
    let nested: unknown = {};
    for (let i = 0; i < 100_000; i++) nested = { a: nested };
    expect(inputError(() => validate({ ...completeAssessment(), deep: nested })).code).toBe('too-deep');
  });

  it('refuses circular input', () => {
    const record: Record<string, unknown> = { ...completeAssessment() };
    record.self = record;
    expect(inputError(() => validate(record)).code).toBe('too-deep');
  });

  it('refuses records with too many values, with a configurable limit', () => {
    const record = { ...completeAssessment(), importantTo: Array.from({ length: 50 }, () => ({ text: 'x', describedBy: 'person', recordedAt: '2026-03-02T10:00:00Z' })) };
    expect(inputError(() => validate(record, { limits: { maxValues: 100 } })).code).toBe('too-many-values');
    expect(validate(record).kind).toBe('assessment');
  });

  it('counts string lengths in code points at the limits, however the length in UTF-16 units compares', () => {
    const named = (preferredName: string) => validate({ ...completeAssessment(), person: { ...completeAssessment().person, preferredName } }, { rules: false });
    const lengthFindings = (preferredName: string) => named(preferredName).findings.map((f) => f.ruleId);
    // A short text: at most 500 code points, at least 1. A heart is one code point in two units.
    expect(lengthFindings('💚'.repeat(500))).toEqual([]);
    expect(lengthFindings(`${'💚'.repeat(499)}ab`)).toEqual(['structure/maxLength']);
    expect(lengthFindings('a'.repeat(500))).toEqual([]);
    expect(lengthFindings('a'.repeat(501))).toEqual(['structure/maxLength']);
    expect(lengthFindings('💚')).toEqual([]);
    expect(lengthFindings('\uD83D')).toEqual([]);
    expect(lengthFindings('')).toEqual(['structure/minLength']);
  });

  it('never quotes a hostile $schema at length', () => {
    const error = inputError(() => validate({ $schema: `https://evil.example/${'a'.repeat(10_000)}` }));
    expect(error.message.length).toBeLessThan(250);
  });
});

describe('validateAssessment and isAssessment', () => {
  it('validate an assessment', () => {
    expect(validateAssessment(completeAssessment()).kind).toBe('assessment');
  });

  it('narrow unknown values to Assessment only when the structure is sound', () => {
    const value: unknown = completeAssessment();
    expect(isAssessment(value)).toBe(true);
    if (isAssessment(value)) expect(value.needs?.[0]?.id).toBe('need-1');
    expect(isAssessment({ ...completeAssessment(), status: 'nearly' })).toBe(false);
    expect(isAssessment(null)).toBe(false);
    expect(isAssessment({ $schema: 'https://example.org/x.json' })).toBe(false);
  });
});

describe('validateSupportPlan and isSupportPlan', () => {
  it('validate a plan, and refuse a record of another kind', () => {
    expect(validateSupportPlan(completePlan()).kind).toBe('support-plan');
    expect(() => validateSupportPlan(completeAssessment())).toThrow('Expected a support plan but the record is an assessment');
    expect(() => validateAssessment(completePlan())).toThrow(/^Expected an assessment but the record is a support plan/);
  });

  it('narrow unknown values to SupportPlan only when the structure is sound', () => {
    const value: unknown = completePlan();
    expect(isSupportPlan(value)).toBe(true);
    if (isSupportPlan(value)) expect(value.needsToBeMet?.[0]?.needId).toBe('need-1');
    expect(isSupportPlan({ ...completePlan(), personalBudget: { recordedAt: 'soon' } })).toBe(false);
    expect(isSupportPlan(completeAssessment())).toBe(false);
    expect(isAssessment(completePlan())).toBe(false);
  });
});

describe('validateSafeguardingEnquiry and isSafeguardingEnquiry', () => {
  it('validate an enquiry, and refuse a record of another kind', () => {
    expect(validateSafeguardingEnquiry(concludedEnquiry()).kind).toBe('safeguarding-enquiry');
    expect(() => validateSafeguardingEnquiry(completePlan())).toThrow('Expected a safeguarding enquiry but the record is a support plan');
  });

  it('narrow unknown values to SafeguardingEnquiry only when the structure is sound', () => {
    const value: unknown = concludedEnquiry();
    expect(isSafeguardingEnquiry(value)).toBe(true);
    if (isSafeguardingEnquiry(value)) expect(value.risks?.[0]?.type).toBe('financial-or-material-abuse');
    expect(isSafeguardingEnquiry({ ...concludedEnquiry(), risks: [{ id: 'risk-1', type: 'bullying' }] })).toBe(false);
    expect(isSafeguardingEnquiry(completePlan())).toBe(false);
  });
});

describe('validateCapacityDecision and isCapacityDecision', () => {
  it('validate a capacity decision, and refuse a record of another kind', () => {
    expect(validateCapacityDecision(lacksCapacityDecision()).kind).toBe('capacity-decision');
    expect(() => validateCapacityDecision(concludedEnquiry())).toThrow('Expected a capacity decision but the record is a safeguarding enquiry');
  });

  it('narrow unknown values to CapacityDecision only when the structure is sound', () => {
    const value: unknown = lacksCapacityDecision();
    expect(isCapacityDecision(value)).toBe(true);
    if (isCapacityDecision(value)) expect(value.functionalTest?.retain?.met).toBe(false);
    expect(isCapacityDecision({ ...lacksCapacityDecision(), conclusion: { outcome: 'probably', concludedAt: '2026-05-11T13:00:00Z' } })).toBe(false);
    expect(isCapacityDecision(concludedEnquiry())).toBe(false);
  });
});
