import type { Provider } from './llm-schema-type.js';

/** One place in a schema where a documented constraint is broken. */
export interface ConstraintBreach {
  /** JSON Pointer into the schema. */
  readonly path: string;
  readonly message: string;
}

/** A documented constraint of a provider's strict structured outputs, with where it is documented. */
export interface LlmConstraint {
  readonly id: string;
  readonly provider: Provider;
  /** What the constraint is, in words. */
  readonly description: string;
  /** The page that documents it. */
  readonly source: string;
  readonly check: (schema: unknown) => readonly ConstraintBreach[];
}

type Node = Record<string, unknown>;
const OPENAI = 'https://platform.openai.com/docs/guides/structured-outputs#supported-schemas (as captured by https://jsonschemaprofiles.unitvectorylabs.com/schemas/openai)';
const OPENAI_LIMITS = 'https://platform.openai.com/docs/guides/structured-outputs#supported-schemas (limits; see also https://community.openai.com/t/measuring-maximum-depth-and-object-properties-in-structured-outputs/918388)';
const ANTHROPIC = 'https://platform.claude.com/docs/en/build-with-claude/structured-outputs (JSON Schema limitations; mirrored at https://learn-ai.blindshot.kz/docs/anthropic/platform/build-with-claude/structured-outputs/)';

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const esc = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');
const SCHEMA_MAPS = new Set(['properties', '$defs', 'definitions']);
const SCHEMA_LISTS = new Set(['anyOf', 'allOf', 'oneOf', 'prefixItems']);
const SCHEMA_ONE = new Set(['items', 'not', 'if', 'then', 'else', 'contains', 'additionalProperties', 'propertyNames']);

/** Every subschema with its pointer, the root first; definitions included once. */
function* subschemas(node: unknown, path = ''): Generator<[Node, string]> {
  if (!isNode(node)) return;
  yield [node, path];
  for (const [key, value] of Object.entries(node)) {
    if (SCHEMA_MAPS.has(key) && isNode(value)) for (const [name, sub] of Object.entries(value)) yield* subschemas(sub, `${path}/${key}/${esc(name)}`);
    else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) for (const [i, sub] of value.entries()) yield* subschemas(sub, `${path}/${key}/${i}`);
    else if (SCHEMA_ONE.has(key)) yield* subschemas(value, `${path}/${key}`);
  }
}

const every = (test: (node: Node, path: string) => ConstraintBreach[]) => (schema: unknown) => [...subschemas(schema)].flatMap(([node, path]) => test(node, path));
const isObjectSchema = (node: Node) => node.type === 'object' || (Array.isArray(node.type) && node.type.includes('object')) || isNode(node.properties);
const propertiesOf = (node: Node): Node => (isNode(node.properties) ? node.properties : {});
const requiredOf = (node: Node): string[] => (Array.isArray(node.required) ? node.required.filter((k): k is string => typeof k === 'string') : []);

function resolve(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  return ref
    .slice(1)
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((n, part) => (isNode(n) ? n[part] : undefined), root);
}

/** The deepest nesting of objects, following local references (a reference already on the way counts as recursion, not depth). */
function depth(root: unknown, node: unknown, refs: readonly string[] = []): number {
  if (!isNode(node)) return 0;
  if (typeof node.$ref === 'string') return refs.includes(node.$ref) ? 0 : depth(root, resolve(root, node.$ref), [...refs, node.$ref]);
  const own = isObjectSchema(node) ? 1 : 0;
  const children = [...Object.values(propertiesOf(node)), node.items, ...(Array.isArray(node.anyOf) ? node.anyOf : [])];
  return own + Math.max(0, ...children.map((child) => depth(root, child, refs)));
}

function keywordsAllowed(provider: Provider, allowed: ReadonlySet<string>): LlmConstraint['check'] {
  return every((node, path) =>
    Object.keys(node)
      .filter((k) => !allowed.has(k))
      .map((k) => ({ path: `${path}/${esc(k)}`, message: `${provider === 'openai' ? 'OpenAI' : 'Anthropic'} strict mode does not support the keyword "${k}"; say it in the description instead.` })),
  );
}

const STRUCTURE = ['type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'const', 'anyOf', '$defs', '$ref', 'description', 'title'];
const OPENAI_KEYWORDS = new Set([...STRUCTURE, 'pattern', 'format', 'minItems', 'maxItems', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']);
const ANTHROPIC_KEYWORDS = new Set([...STRUCTURE, 'definitions', 'default', 'allOf', 'pattern', 'format', 'minItems']);
const OPENAI_FORMATS = new Set(['date-time', 'time', 'date', 'duration', 'email', 'hostname', 'ipv4', 'ipv6', 'uuid']);
const ANTHROPIC_FORMATS = new Set(['date-time', 'time', 'date', 'duration', 'email', 'hostname', 'uri', 'ipv4', 'ipv6', 'uuid']);

const rootIsObject = (provider: Provider): LlmConstraint => ({
  id: `${provider}/root-object`,
  provider,
  description: 'The root is an object schema, not a union.',
  source: provider === 'openai' ? OPENAI : ANTHROPIC,
  check: (schema) => (isNode(schema) && schema.type === 'object' && schema.anyOf === undefined ? [] : [{ path: '', message: 'The root must be `type: "object"` with no `anyOf`.' }]),
});

const closedObjects = (provider: Provider): LlmConstraint => ({
  id: `${provider}/closed-objects`,
  provider,
  description: 'Every object has `additionalProperties: false`.',
  source: provider === 'openai' ? OPENAI : ANTHROPIC,
  check: every((node, path) => (isObjectSchema(node) && node.additionalProperties !== false ? [{ path, message: 'An object must say `additionalProperties: false`.' }] : [])),
});

const localRefs = (provider: Provider): LlmConstraint => ({
  id: `${provider}/local-refs`,
  provider,
  description: 'Every `$ref` points inside the schema itself.',
  source: provider === 'openai' ? OPENAI : ANTHROPIC,
  check: (schema) =>
    [...subschemas(schema)].flatMap(([node, path]) =>
      typeof node.$ref === 'string' && resolve(schema, node.$ref) === undefined ? [{ path: `${path}/$ref`, message: `"${node.$ref}" is not a reference inside this schema.` }] : [],
    ),
});

const formats = (provider: Provider, known: ReadonlySet<string>): LlmConstraint => ({
  id: `${provider}/formats`,
  provider,
  description: `A \`format\` is one of ${[...known].join(', ')}.`,
  source: provider === 'openai' ? OPENAI : ANTHROPIC,
  check: every((node, path) => (node.format !== undefined && !known.has(String(node.format)) ? [{ path: `${path}/format`, message: `The format "${String(node.format)}" is not supported.` }] : [])),
});

/** Sums over every subschema. */
const total = (schema: unknown, count: (node: Node) => number) => [...subschemas(schema)].reduce((sum, [node]) => sum + count(node), 0);
const atMost = (id: string, provider: Provider, limit: number, what: string, source: string, count: (node: Node) => number): LlmConstraint => ({
  id,
  provider,
  description: `At most ${limit.toLocaleString('en-GB')} ${what} in one schema.`,
  source,
  check: (schema) => {
    const n = total(schema, count);
    return n > limit ? [{ path: '', message: `The schema has ${n.toLocaleString('en-GB')} ${what}; the limit is ${limit.toLocaleString('en-GB')}.` }] : [];
  },
});
const enumValues = (node: Node): unknown[] => (Array.isArray(node.enum) ? node.enum : []);
const isUnion = (node: Node) => Array.isArray(node.anyOf) || Array.isArray(node.type);

/** Every documented constraint Good Day checks, for both providers. */
export const llmConstraints: readonly LlmConstraint[] = [
  rootIsObject('openai'),
  closedObjects('openai'),
  {
    id: 'openai/all-required',
    provider: 'openai',
    description: 'Every property of every object is listed in `required`; an optional one is a union with null.',
    source: OPENAI,
    check: every((node, path) => {
      const required = new Set(requiredOf(node));
      return Object.keys(propertiesOf(node))
        .filter((k) => !required.has(k))
        .map((k) => ({ path: `${path}/properties/${esc(k)}`, message: `"${k}" must be listed in required (make it a union with null instead of optional).` }));
    }),
  },
  { id: 'openai/keywords', provider: 'openai', description: 'Only the supported keywords are used.', source: OPENAI, check: keywordsAllowed('openai', OPENAI_KEYWORDS) },
  formats('openai', OPENAI_FORMATS),
  localRefs('openai'),
  {
    id: 'openai/depth',
    provider: 'openai',
    description: 'At most 10 levels of nested objects.',
    source: OPENAI_LIMITS,
    check: (schema) => {
      const d = depth(schema, schema);
      return d > 10 ? [{ path: '', message: `Objects are nested ${d} deep; the limit is 10.` }] : [];
    },
  },
  atMost('openai/properties', 'openai', 5000, 'object properties', OPENAI_LIMITS, (node) => Object.keys(propertiesOf(node)).length),
  atMost('openai/enum-values', 'openai', 1000, 'enum values', OPENAI_LIMITS, (node) => enumValues(node).length),
  atMost('openai/string-size', 'openai', 120_000, 'characters of property names, definition names, enum and const values', OPENAI_LIMITS, (node) =>
    [...Object.keys(propertiesOf(node)), ...Object.keys(isNode(node.$defs) ? node.$defs : {}), ...enumValues(node).map(String), ...(node.const === undefined ? [] : [String(node.const)])].reduce((sum, s) => sum + s.length, 0),
  ),
  {
    id: 'openai/large-enum-size',
    provider: 'openai',
    description: 'A string enum of more than 250 values has at most 15,000 characters in all.',
    source: OPENAI_LIMITS,
    check: every((node, path) => {
      const values = enumValues(node).filter((v): v is string => typeof v === 'string');
      const size = values.reduce((sum, v) => sum + v.length, 0);
      return values.length > 250 && size > 15_000 ? [{ path, message: `An enum of ${values.length} values has ${size.toLocaleString('en-GB')} characters; the limit is 15,000.` }] : [];
    }),
  },
  rootIsObject('anthropic'),
  closedObjects('anthropic'),
  { id: 'anthropic/keywords', provider: 'anthropic', description: 'Only the supported keywords are used.', source: ANTHROPIC, check: keywordsAllowed('anthropic', ANTHROPIC_KEYWORDS) },
  formats('anthropic', ANTHROPIC_FORMATS),
  localRefs('anthropic'),
  {
    id: 'anthropic/no-recursion',
    provider: 'anthropic',
    description: 'No definition refers to itself, directly or through others.',
    source: ANTHROPIC,
    check: (schema) => {
      const found: ConstraintBreach[] = [];
      const visit = (node: unknown, refs: readonly string[], path: string): void => {
        for (const [sub, at] of subschemas(node, path)) {
          if (typeof sub.$ref !== 'string') continue;
          if (refs.includes(sub.$ref)) found.push({ path: `${at}/$ref`, message: `"${sub.$ref}" refers back to itself.` });
          else visit(resolve(schema, sub.$ref), [...refs, sub.$ref], sub.$ref.slice(1));
        }
      };
      visit(isNode(schema) ? { ...schema, $defs: undefined } : schema, [], '');
      return found.filter((f, i) => found.findIndex((g) => g.path === f.path) === i);
    },
  },
  {
    id: 'anthropic/min-items',
    provider: 'anthropic',
    description: '`minItems` is 0 or 1.',
    source: ANTHROPIC,
    check: every((node, path) => (node.minItems !== undefined && node.minItems !== 0 && node.minItems !== 1 ? [{ path: `${path}/minItems`, message: '`minItems` may only be 0 or 1.' }] : [])),
  },
  {
    id: 'anthropic/enum-primitives',
    provider: 'anthropic',
    description: '`enum` values are strings, numbers, booleans or null.',
    source: ANTHROPIC,
    check: every((node, path) => (enumValues(node).some((v) => typeof v === 'object' && v !== null) ? [{ path: `${path}/enum`, message: 'An enum may hold only strings, numbers, booleans and null.' }] : [])),
  },
  atMost('anthropic/optional-parameters', 'anthropic', 24, 'optional parameters', ANTHROPIC, (node) => {
    const required = new Set(requiredOf(node));
    return Object.keys(propertiesOf(node)).filter((k) => !required.has(k)).length;
  }),
  atMost('anthropic/union-parameters', 'anthropic', 16, 'parameters typed as a union (anyOf or a list of types)', ANTHROPIC, (node) => (isUnion(node) ? 1 : 0)),
];

/** What in a schema breaks a provider's documented constraints, each breach with its constraint and source; empty when none. */
export function checkLlmSchema(schema: unknown, provider: Provider): readonly (ConstraintBreach & { readonly constraint: string; readonly source: string })[] {
  return llmConstraints.filter((c) => c.provider === provider).flatMap((c) => c.check(schema).map((b) => ({ constraint: c.id, source: c.source, ...b })));
}
