import { getSchemaById, listSchemas, type JsonSchema } from '@goodday/schemas';
import { describe, expect, it } from 'vitest';
import { completeAssessment } from '../../test/assessment-fixture.js';
import { completePlan } from '../../test/support-plan-fixture.js';
import { validators } from '../generated/structure.js';
import { isAssessment, isSupportPlan } from '../generated/every-kind.js';
import { validate } from '../validate.js';
import { listBoundsOf, withinListBounds, type ListBounds } from './list-bounds.js';

const deepFreeze = <T>(value: T): T => {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
};

// What ajv alone reports for a record, keyword and place, with no cutting first.
const ajvSays = (record: unknown, schemaId: string) => {
  const check = validators[schemaId]!;
  return check(record) ? [] : (check.errors ?? []).map((e) => `${e.keyword} ${e.instancePath}`);
};

describe('lists far over their limit', () => {
  it('a plan with 240,000 eligible need ids is told the list is too long, once, and is not a plan', () => {
    const plan = { ...completePlan(), basedOn: { ...completePlan().basedOn, eligibleNeedIds: Array.from({ length: 240_000 }, (_, i) => `need-${i}`) } };
    deepFreeze(plan);
    const report = validate(plan);
    expect(report.findings.map((f) => [f.ruleId, f.path])).toEqual([['structure/maxItems', '/basedOn/eligibleNeedIds']]);
    expect(isSupportPlan(plan)).toBe(false);
    expect(plan.basedOn.eligibleNeedIds).toHaveLength(240_000);
  });

  it('240,000 nulls among the strengths give the limit and at most one finding per item up to it', () => {
    const record = deepFreeze({ ...completeAssessment(), strengths: Array.from({ length: 240_000 }, () => null) });
    const findings = validate(record).findings;
    expect(findings.filter((f) => f.ruleId === 'structure/maxItems').map((f) => f.path)).toEqual(['/strengths']);
    expect(findings.length).toBeLessThanOrEqual(202);
    expect(isAssessment(record)).toBe(false);
  });

  it('a list just over, or cut, gives ajv the same errors', () => {
    const schemaId = completePlan().$schema;
    for (const length of [101, 102, 150, 1000]) {
      const ids = Array.from({ length }, (_, i) => `need-${i % 90}`);
      const plan = { ...completePlan(), basedOn: { ...completePlan().basedOn, eligibleNeedIds: ids } };
      const cut = withinListBounds(plan, listBoundsOf(getSchemaById, schemaId));
      expect(cut.cut).toBe(length > 101);
      const uncut = ajvSays(plan, schemaId);
      // The same errors, in the same order: ajv reports the first repeat it finds, and the cut list keeps the first 101 items.
      expect(ajvSays(cut.value, schemaId)).toEqual(uncut);
      expect(uncut).toContain('maxItems /basedOn/eligibleNeedIds');
    }
  });

  it('a report holds at most 1,000 structure findings and says how many more there were', () => {
    const strengths = Array.from({ length: 200 }, () => Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`field${i}`, i])));
    const findings = validate({ ...completeAssessment(), strengths }).findings;
    expect(findings).toHaveLength(1001);
    expect(findings.at(-1)).toMatchObject({ ruleId: 'structure/too-many-problems', path: '' });
    expect(findings.at(-1)!.message).toMatch(/^The record has up to \d+ more structure problems than are listed here: correct these and validate it again\.$/);
  });

  it('copies only the way to a cut list and keeps "__proto__" a field', () => {
    const record = JSON.parse(`{"$schema":"x","__proto__":{"a":1},"strengths":${JSON.stringify(Array(300).fill(1))},"goodDay":{"text":"t"}}`) as Record<string, unknown>;
    const bounds = listBoundsOf(getSchemaById, completeAssessment().$schema);
    const { value, cut } = withinListBounds(deepFreeze(record), bounds);
    const copy = value as Record<string, unknown>;
    expect(cut).toBe(true);
    expect((copy.strengths as unknown[]).length).toBe(201);
    expect(copy.goodDay).toBe(record.goodDay);
    expect(Object.hasOwn(copy, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect((record.strengths as unknown[]).length).toBe(300);
  });

  it('every list in every published schema is bounded, so no list reaches ajv far over its limit', () => {
    const unbounded: string[] = [];
    for (const entry of listSchemas().filter((e) => e.name !== 'common')) {
      const bounds = listBoundsOf(getSchemaById, entry.$id);
      const walk = (node: JsonSchema, base: string, at: ListBounds | undefined, path: string, depth: number): void => {
        if (depth > 20) return;
        let here = node;
        let hereBase = base;
        for (let hops = 0; here.$ref && hops < 16; hops++) {
          const [file, fragment = ''] = here.$ref.split('#');
          hereBase = file ? new URL(file, hereBase).href : hereBase;
          let target: unknown = getSchemaById(hereBase);
          for (const s of fragment.split('/').slice(1)) target = (target as Record<string, unknown>)[s];
          here = target as JsonSchema;
        }
        if (here.type === 'array' && !(at && at.limit === here.maxItems)) unbounded.push(`${entry.$id} ${path}`);
        if (here.items) walk(here.items, hereBase, at?.items, `${path}/*`, depth + 1);
        for (const [name, child] of Object.entries(here.properties ?? {})) walk(child, hereBase, at?.properties?.[name], `${path}/${name}`, depth + 1);
      };
      walk(entry.schema, entry.$id, bounds, '', 0);
    }
    expect(unbounded).toEqual([]);
  });
});
