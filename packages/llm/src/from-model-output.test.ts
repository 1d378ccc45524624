import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { recordKinds, type RecordKind } from '@goodday/schemas';
import { validate } from '@goodday/validate';
import { describe, expect, it } from 'vitest';
import { allExamples } from '../../../test/examples.js';
import { fromModelOutput } from './from-model-output.js';
import { llmSchemas } from './generated/index.js';
import { toModelShape } from './to-model-shape.js';

// Plain ajv in strict mode, as a vendor would check a model's answer against the schema they sent.
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv);
const validators = new Map(llmSchemas.flatMap((s) => s.sections.map((section) => [`${s.kind} ${s.provider} ${s.version} ${section.name}`, ajv.compile(section.schema)] as const)));

// Records of the published schema: the examples with no structural finding.
const records = allExamples().filter((e) => !validate(e.record).findings.some((f) => f.ruleId.startsWith('structure/')));

/** A copy with some optional properties left out, chosen by the flags: still a record of the published schema. */
function thinned(record: Record<string, unknown>, flags: readonly boolean[]): Record<string, unknown> {
  let i = 0;
  const required = new Set(['$schema', 'id', 'status', 'text', 'describedBy', 'recordedAt', 'role', 'relationship', 'agreed', 'area', 'kind']);
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const drop = !required.has(key) && flags[i++ % flags.length] === true && !Array.isArray(item);
      if (!drop) out[key] = walk(item);
    }
    return out;
  };
  return walk(record) as Record<string, unknown>;
}

describe('fromModelOutput', () => {
  it('has valid example records of every kind to work on', () => {
    expect(new Set(records.map((e) => e.kind))).toEqual(new Set(recordKinds));
  });

  it('round-trips every example: model shape → accepted by strict ajv → fromModelOutput → the same record', () => {
    fc.assert(
      fc.property(fc.constantFrom(...records), fc.constantFrom('openai' as const, 'anthropic' as const), fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }), fc.boolean(), (example, provider, flags, reverse) => {
        const candidate = thinned(example.record, flags);
        // Only records still of the published schema count (leaving out a property some rule requires is fine).
        fc.pre(!validate(candidate, { rules: false, language: false }).findings.some((f) => f.ruleId.startsWith('structure/')));
        const kind = example.kind as RecordKind;
        const version = String(candidate.$schema).match(/(\d+\.\d+\.\d+)\.json$/)![1]!;
        const schema = llmSchemas.find((s) => s.kind === kind && s.provider === provider && s.version === version)!;
        const before = structuredClone(candidate);
        const shaped = toModelShape(candidate, schema);
        shaped.forEach((part, i) => {
          const check = validators.get(`${kind} ${provider} ${version} ${schema.sections[i]!.name}`)!;
          expect(check(part), JSON.stringify(check.errors)).toBe(true);
        });
        const frozen = structuredClone(shaped);
        const back = fromModelOutput(kind, reverse ? [...shaped].reverse() : shaped);
        expect(back).toEqual(candidate);
        expect(shaped).toEqual(frozen);
        expect(candidate).toEqual(before);
      }),
      { numRuns: 300, seed: 16 },
    );
    // Three hundred runs over every example of every version: longer than the default five seconds on a busy machine.
  }, 60_000);

  it('round-trips every example exactly, for each provider', () => {
    for (const example of records) {
      const version = String(example.record.$schema).match(/(\d+\.\d+\.\d+)\.json$/)![1]!;
      for (const schema of llmSchemas.filter((s) => s.kind === example.kind && s.version === version)) {
        expect(fromModelOutput(schema.kind, toModelShape(example.record, schema))).toEqual(example.record);
      }
    }
  });

  it('leaves out nulls, in objects and lists, without changing its input', () => {
    const output = { a: null, b: { c: null, d: 1 }, e: [null, 'x'] };
    const copy = structuredClone(output);
    expect(fromModelOutput('assessment', output)).toEqual({ b: { d: 1 }, e: ['x'] });
    expect(output).toEqual(copy);
  });

  it('refuses an answer that is not an object, and two sections giving the same property', () => {
    expect(() => fromModelOutput('assessment', 'hello')).toThrow(/not an object/);
    expect(() => fromModelOutput('assessment', [{ id: 'a' }, { id: 'b' }])).toThrow(/both give "id"/);
  });

  it('keeps keys such as "__proto__" and "toString" from a model as fields, which validate then reports', () => {
    const answer = JSON.parse('[{"id": "a", "__proto__": {"polluted": true}}, {"toString": "x", "nested": {"__proto__": {"polluted": true}}}]');
    const record = fromModelOutput('assessment', answer) as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(Object.keys(record)).toEqual(['id', '__proto__', 'toString', 'nested']);
    expect(Object.keys(record.nested as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(validate({ ...record, $schema: 'https://goodday.dev/schemas/assessment/1.0.0.json' }).findings.some((f) => f.ruleId === 'structure/additionalProperties')).toBe(true);
  });
});
