import { describe, expect, it } from 'vitest';
import { checkLlmSchema, llmConstraints } from './constraints.js';

// The smallest schema both providers accept; each case below breaks one constraint of it.
const ok = (properties: Record<string, unknown> = { a: { type: 'string' } }, extra: Record<string, unknown> = {}) => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
  ...extra,
});
const nest = (levels: number): Record<string, unknown> => (levels === 1 ? ok() : ok({ a: nest(levels - 1) }));
const many = (n: number, schema: (i: number) => unknown) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, schema(i)]));
const loop = { ...ok({ next: { $ref: '#/$defs/Node' } }), $defs: { Node: ok({ next: { anyOf: [{ $ref: '#/$defs/Node' }, { type: 'null' }] } }) } };

/** For each constraint, a schema that breaks it (and only needs to break that one). */
const breaking: Record<string, unknown> = {
  'openai/root-object': { anyOf: [ok(), ok()] },
  'openai/closed-objects': ok({ a: { type: 'object', properties: {}, required: [] } }),
  'openai/all-required': { ...ok({ a: { type: 'string' }, b: { type: 'string' } }), required: ['a'] },
  'openai/keywords': ok({ a: { type: 'string', maxLength: 10 } }),
  'openai/formats': ok({ a: { type: 'string', format: 'uri' } }),
  'openai/local-refs': ok({ a: { $ref: '../common/1.0.0.json#/$defs/Text' } }),
  'openai/depth': nest(11),
  'openai/properties': ok(many(5001, () => ({ type: 'boolean' }))),
  'openai/enum-values': ok(many(3, () => ({ type: 'string', enum: Array.from({ length: 400 }, (_, i) => `v${i}`) }))),
  'openai/string-size': ok(many(2, (i) => ({ type: 'string', enum: Array.from({ length: 300 }, (_, j) => `${i}-${j}-${'x'.repeat(200)}`) }))),
  'openai/large-enum-size': ok({ a: { type: 'string', enum: Array.from({ length: 300 }, (_, i) => `${i}-${'x'.repeat(60)}`) } }),
  'anthropic/root-object': { type: 'array', items: ok() },
  'anthropic/closed-objects': ok({ a: { type: 'object', properties: {}, required: [], additionalProperties: true } }),
  'anthropic/keywords': ok({ a: { type: 'array', items: { type: 'string' }, maxItems: 5 } }),
  'anthropic/formats': ok({ a: { type: 'string', format: 'regex' } }),
  'anthropic/local-refs': ok({ a: { $ref: '#/$defs/Missing' } }),
  'anthropic/no-recursion': loop,
  'anthropic/min-items': ok({ a: { type: 'array', items: { type: 'string' }, minItems: 2 } }),
  'anthropic/enum-primitives': ok({ a: { enum: [{ b: 1 }] } }),
  'anthropic/optional-parameters': { ...ok(many(25, () => ({ type: 'string' }))), required: [] },
  'anthropic/union-parameters': ok(many(17, () => ({ type: ['string', 'null'] }))),
};

describe('checkLlmSchema', () => {
  it('has a breaking case for every constraint, and every constraint a source', () => {
    expect(Object.keys(breaking).sort()).toEqual(llmConstraints.map((c) => c.id).sort());
    expect(llmConstraints.every((c) => /^https:\/\//.test(c.source))).toBe(true);
  });

  it('accepts the smallest closed schema for both providers', () => {
    expect(checkLlmSchema(ok(), 'openai')).toEqual([]);
    expect(checkLlmSchema(ok(), 'anthropic')).toEqual([]);
  });

  for (const constraint of llmConstraints) {
    it(`finds a schema that breaks ${constraint.id}`, () => {
      const found = checkLlmSchema(breaking[constraint.id], constraint.provider);
      expect(found.map((f) => f.constraint)).toContain(constraint.id);
      expect(found.find((f) => f.constraint === constraint.id)!.source).toBe(constraint.source);
    });
  }

  it('accepts 10 levels of nesting and 16 unions, the limits themselves', () => {
    expect(checkLlmSchema(nest(10), 'openai')).toEqual([]);
    expect(checkLlmSchema(ok(many(16, () => ({ type: ['string', 'null'] }))), 'anthropic')).toEqual([]);
  });

  it('allows recursion for OpenAI, which documents it as supported', () => {
    expect(checkLlmSchema(loop, 'openai')).toEqual([]);
  });
});
