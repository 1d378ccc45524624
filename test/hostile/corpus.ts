import { recordKinds } from '@goodday/schemas';
import { defaultLimits } from '@goodday/validate';
import { CANARY } from './canary.js';
import { examples, getAt, places, renderable, setAt, type Example, type Segment } from './examples.js';

/**
 * The hostile corpus, made by code: JSON text (as a file would hold it) or in-memory values, each with a group and
 * a unique id. `full` makes every mutation of every example; the default takes an even sample of the largest groups.
 */
export type Hostile =
  | { readonly type: 'text'; readonly id: string; readonly group: string; readonly make: () => string | Uint8Array; readonly ndjson?: boolean; readonly items?: number }
  | { readonly type: 'value'; readonly id: string; readonly group: string; readonly make: () => unknown };

const text = (group: string, id: string, make: () => string | Uint8Array, ndjson?: boolean): Hostile => ({ type: 'text', id: `${group}/${id}`, group, make, ...(ndjson ? { ndjson } : {}) });
const value = (group: string, id: string, make: () => unknown): Hostile => ({ type: 'value', id: `${group}/${id}`, group, make });

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const first = (kind: string) => examples.find((e) => e.kind === kind && /complete|concluded/.test(e.name))!;
const seeds = recordKinds.map(first);
const json = (v: unknown) => JSON.stringify(v);
const MARK = '"@@RAW@@"';
/** The example as JSON with the value at `path` written as raw JSON text, for literals JSON.stringify cannot write (1e309, -0). */
const withRaw = (e: Example, path: readonly Segment[], raw: string) => json(setAt(e.record, path, '@@RAW@@')).replace(MARK, raw);

/** An even sample of `n` items, always including the first and last. */
export function sample<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.round((i * (items.length - 1)) / Math.max(1, n - 1))]!);
}

function notJson(): Hostile[] {
  const cases: Record<string, string> = {
    empty: '',
    space: '   \n\t ',
    undefined: 'undefined',
    nan: 'NaN',
    infinity: 'Infinity',
    'open-brace': '{',
    'close-brace': '}',
    'trailing-comma': '{"a":1,}',
    'single-quotes': "{'a':1}",
    'unquoted-key': '{a:1}',
    'open-array': '[1,2',
    'bad-escape': '"\\u12"',
    'leading-zero': '01',
    plus: '+1',
    'bare-dot': '.5',
    'bare-e': '1e',
    tru: 'tru',
    'missing-colon': '{"a" 1}',
    xml: '<?xml version="1.0"?><record/>',
    html: `<html><script>alert("${CANARY}")</script></html>`,
    'line-comment': '// a comment\n{}',
    'block-comment': '/* c */{}',
    javascript: 'module.exports = { $schema: "x" }',
    yaml: '$schema: https://goodday.dev/schemas/assessment/1.0.0.json\nid: a\n',
    'two-records': `${seeds[0]!.text}${seeds[0]!.text}`,
    'record-then-garbage': `${seeds[0]!.text} trailing ${CANARY}`,
    'truncated-record': seeds[0]!.text.slice(0, seeds[0]!.text.length / 2),
    'raw-newline-in-string': `{"$schema":"https://goodday.dev/schemas/assessment/1.0.0.json","id":"a\nb"}`,
    'raw-tab-in-string': `{"a":"\t${CANARY}"}`,
    'unterminated-string': `{"a":"${CANARY}`,
    'hex-number': '{"a":0x10}',
    'escaped-quote-only': '"\\"',
    'deep-unclosed': '['.repeat(1000),
    'deep-unbalanced': `${'['.repeat(1000)}${']'.repeat(999)}}`,
    'closing-only': ']'.repeat(1000),
    'nul-only': '\u0000',
    'nul-before-record': `\u0000${seeds[1]!.text}`,
    'nul-after-record': `${seeds[1]!.text}\u0000`,
    'bom-twice': `\ufeff\ufeff${seeds[1]!.text}`,
    'bom-only': '\ufeff',
    'zero-width-before': `\u200b${seeds[1]!.text}`,
    'nbsp-before': `\u00a0${seeds[1]!.text}`,
    'line-separator-before': `\u2028${seeds[1]!.text}`,
  };
  return Object.entries(cases).map(([id, t]) => text('not-json', id, () => t));
}

function encodings(): Hostile[] {
  const out: Hostile[] = [];
  for (const seed of seeds) {
    const t = seed.text;
    const k = seed.kind;
    out.push(text('encoding', `${k}-bom`, () => `\ufeff${t}`));
    out.push(text('encoding', `${k}-bom-bytes`, () => concat([0xef, 0xbb, 0xbf], utf8(t))));
    out.push(text('encoding', `${k}-crlf`, () => t.replace(/\n/g, '\r\n')));
    out.push(text('encoding', `${k}-cr-only`, () => t.replace(/\n/g, '\r')));
    out.push(text('encoding', `${k}-utf16le`, () => concat([0xff, 0xfe], [...t].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]))));
    out.push(text('encoding', `${k}-utf16be`, () => concat([0xfe, 0xff], [...t].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]))));
    // Invalid UTF-8 inside a string value of an otherwise valid record.
    const bad: Record<string, number[]> = { 'lone-continuation': [0x80], 'bad-lead': [0xc3, 0x28], ff: [0xff], overlong: [0xc0, 0xaf], 'encoded-surrogate': [0xed, 0xa0, 0x80], truncated: [0xe2, 0x82], 'five-byte': [0xf8, 0x88, 0x80, 0x80, 0x80] };
    const at = t.indexOf('"id": "') + 7;
    for (const [name, bytes] of Object.entries(bad)) {
      out.push(text('encoding', `${k}-invalid-utf8-${name}`, () => concat(utf8(t.slice(0, at)), bytes, utf8(t.slice(at)))));
    }
    out.push(text('encoding', `${k}-invalid-utf8-outside-strings`, () => concat(utf8(t), [0xff, 0xfe, 0x00])));
    // Lone surrogates, escaped, in free text, in $schema and in a key.
    for (const [name, s] of Object.entries({ high: '\\ud800', low: '\\udfff', reversed: '\\udc00\\ud800' })) {
      out.push(text('encoding', `${k}-lone-surrogate-${name}-in-text`, () => t.replace(/"text": "/, `"text": "${s}${CANARY}`)));
      out.push(text('encoding', `${k}-lone-surrogate-${name}-in-schema`, () => t.replace(/("\$schema": ")/, `$1${s}`)));
      out.push(text('encoding', `${k}-lone-surrogate-${name}-in-key`, () => t.replace(/^\{/, `{"${s}": 1,`)));
      out.push(text('encoding', `${k}-lone-surrogate-${name}-raw`, () => t.replace(/"text": "/, `"text": "${JSON.parse(`"${s}"`)}`)));
    }
    out.push(text('encoding', `${k}-nul-escaped-in-text`, () => t.replace(/"text": "/, `"text": "\\u0000${CANARY}\\u0000`)));
    out.push(text('encoding', `${k}-controls-in-text`, () => t.replace(/"text": "/, `"text": "\\u001b[31m\\u0007\\u0008\\u000b\\u000c\\u007f\\u0085\\u2028\\u2029${CANARY}`)));
    out.push(text('encoding', `${k}-bidi-in-text`, () => t.replace(/"text": "/, `"text": "\\u202e\\u2066${CANARY}\\u2069`)));
  }
  return out;
}

const nest = (depth: number, open: string, close: string, inner = '1') => `${open.repeat(depth)}${inner}${close.repeat(depth)}`;

function limits(): Hostile[] {
  const { maxBytes, maxDepth, maxValues } = defaultLimits;
  const seed = seeds[0]!;
  // A record whose extra field nests to `depth` in all (the record itself is level 1).
  const deepIn = (depth: number, open: string, close: string) => seed.text.replace(/^\{/, `{"deep": ${nest(depth - 1, open, close)},`);
  const padTo = (bytes: number, t = seed.text) => `${t}${' '.repeat(Math.max(0, bytes - utf8(t).length))}`;
  const wide = (n: number) => `{${Array.from({ length: n }, (_, i) => `"k${i}":${i}`).join(',')}}`;
  const list = (n: number) => `[${Array.from({ length: n }, () => '0').join(',')}]`;
  const out: Hostile[] = [
    text('limits', 'depth-at-limit-arrays', () => deepIn(maxDepth, '[', ']')),
    text('limits', 'depth-over-limit-arrays', () => deepIn(maxDepth + 1, '[', ']')),
    text('limits', 'depth-at-limit-objects', () => deepIn(maxDepth, '{"a":', '}')),
    text('limits', 'depth-over-limit-objects', () => deepIn(maxDepth + 1, '{"a":', '}')),
    text('limits', 'depth-1e5-arrays', () => nest(100_000, '[', ']')),
    text('limits', 'depth-1e5-objects', () => nest(100_000, '{"a":', '}')),
    text('limits', 'depth-1e5-in-record', () => deepIn(100_000, '[', ']')),
    text('limits', 'depth-1e5-objects-in-record', () => deepIn(100_000, '{"__proto__":', '}')),
    text('limits', 'depth-1e5-unclosed', () => '['.repeat(100_000)),
    text('limits', 'bytes-at-limit', () => padTo(maxBytes)),
    text('limits', 'bytes-over-limit', () => padTo(maxBytes + 1)),
    text('limits', 'bytes-over-limit-multibyte', () => seed.text.replace(/"text": "/, `"text": "${'é'.repeat(maxBytes / 2)}`)),
    text('limits', 'bytes-far-over-limit', () => padTo(3 * maxBytes)),
    // One value is the record itself, then one per key and per item.
    text('limits', 'values-at-limit', () => `{"$schema":"https://goodday.dev/schemas/assessment/1.0.0.json","w":${list(maxValues - 3)}}`),
    text('limits', 'values-over-limit', () => `{"$schema":"https://goodday.dev/schemas/assessment/1.0.0.json","w":${list(maxValues - 1)}}`),
    text('limits', 'wide-object-100k-root', () => wide(100_000)),
    text('limits', 'wide-object-100k-in-record', () => seed.text.replace(/^\{/, `{"wide": ${wide(100_000)},`)),
    text('limits', 'wide-object-300k', () => wide(300_000)),
    text('limits', 'depth-1e6-arrays', () => nest(1_000_000, '[', ']')),
    text('limits', 'wide-array-300k', () => list(300_000)),
    text('limits', 'long-key', () => seed.text.replace(/^\{/, `{"${'k'.repeat(1_000_000)}": 1,`)),
    text('limits', 'many-duplicate-keys', () => `{${Array.from({ length: 50_000 }, () => '"$schema":"x"').join(',')},"$schema":"https://goodday.dev/schemas/assessment/1.0.0.json"}`),
  ];
  // Every string limit of the schemas, at and over: a free-text field of 20,000 characters, a short text of 500, an id of 128.
  for (const e of seeds) {
    const textPath = places(e.record).find((p) => p.at(-1) === 'text' && typeof getAt(e.record, p) === 'string')!;
    for (const [name, n] of Object.entries({ 'text-at-limit': 20_000, 'text-over-limit': 20_001, 'text-long': 1_000_000 })) {
      out.push(text('limits', `${e.kind}-${name}`, () => json(setAt(e.record, textPath, `${CANARY} ${'a'.repeat(n - CANARY.length - 1)}`))));
    }
    for (const [name, n] of Object.entries({ 'id-at-limit': 128, 'id-over-limit': 129 })) {
      out.push(text('limits', `${e.kind}-${name}`, () => json(setAt(e.record, ['id'], 'i'.repeat(n)))));
    }
    const role = places(e.record).find((p) => p.at(-1) === 'role' && typeof getAt(e.record, p) === 'string');
    if (role) for (const n of [500, 501]) out.push(text('limits', `${e.kind}-short-text-${n}`, () => json(setAt(e.record, role, `${CANARY}${'r'.repeat(n - CANARY.length)}`))));
    const list = places(e.record).find((p) => Array.isArray(getAt(e.record, p)) && (getAt(e.record, p) as unknown[]).length > 0);
    if (list) for (const n of [100, 101, 10_000]) out.push(text('limits', `${e.kind}-list-of-${n}`, () => json(setAt(e.record, list, Array.from({ length: n }, () => (getAt(e.record, list) as unknown[])[0])))));
  }
  return out;
}

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];

/** The example's JSON with `key` added to every object in it: JSON.parse makes `__proto__` an own key, as an attacker's file would. */
function keyEverywhere(e: Example, key: string, raw: string): string {
  const add = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(add).join(',')}]`;
    if (v !== null && typeof v === 'object') return `{${[`${json(key)}:${raw}`, ...Object.entries(v).map(([k, c]) => `${json(k)}:${add(c)}`)].join(',')}}`;
    return json(v);
  };
  return add(e.record);
}

function prototypeKeys(full: boolean): Hostile[] {
  const out: Hostile[] = [];
  const payloads = { object: `{"polluted":"${CANARY}","isAdmin":true,"status":"complete"}`, string: `"${CANARY}"`, null: 'null', list: '[1]' };
  for (const e of full ? examples : [...new Set([...seeds, ...sample(examples, 12)])]) {
    for (const key of PROTO_KEYS) {
      for (const [name, raw] of Object.entries(payloads)) {
        if (!full && name !== 'object' && !seeds.includes(e)) continue;
        out.push(text('prototype-keys', `${e.name}-${key}-${name}`, () => keyEverywhere(e, key, raw)));
      }
    }
  }
  return out;
}

/** Values of every JSON type, some carrying the canary; each place gets those of a type other than its own. */
const WRONG: readonly { name: string; type: string; raw: string }[] = [
  { name: 'null', type: 'null', raw: 'null' },
  { name: 'true', type: 'boolean', raw: 'true' },
  { name: 'number', type: 'number', raw: '42' },
  { name: 'string', type: 'string', raw: `"${CANARY} wrong"` },
  { name: 'empty-list', type: 'array', raw: '[]' },
  { name: 'list', type: 'array', raw: `["${CANARY}"]` },
  { name: "object", type: "object", raw: `{"k":"${CANARY}"}` },
];
const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

function wrongTypes(full: boolean): Hostile[] {
  const out: Hostile[] = [];
  for (const e of examples) {
    const all = places(e.record);
    // Every place of every example when full; else the top-level fields of one example of each kind, and an even sample of the rest.
    const chosen = full ? all : seeds.includes(e) ? all.filter((p) => p.length === 1) : sample(all, 4);
    for (const path of chosen) {
      const own = typeOf(getAt(e.record, path));
      for (const w of WRONG) {
        if (w.type === own) continue;
        if (!full && !seeds.includes(e) && w.name !== 'list' && w.name !== 'string') continue;
        out.push(text('wrong-type', `${e.name}${path.map((s) => `/${s}`).join('')}=${w.name}`, () => withRaw(e, path, w.raw)));
      }
    }
  }
  return out;
}

function forgedSchemas(): Hostile[] {
  const ids: Record<string, unknown> = {
    missing: undefined,
    null: null,
    number: 1,
    empty: '',
    'future-version': 'https://goodday.dev/schemas/assessment/9.9.9.json',
    http: 'http://goodday.dev/schemas/assessment/1.0.0.json',
    'trailing-slash': 'https://goodday.dev/schemas/assessment/1.0.0.json/',
    uppercase: 'HTTPS://GOODDAY.DEV/SCHEMAS/ASSESSMENT/1.0.0.JSON',
    query: 'https://goodday.dev/schemas/assessment/1.0.0.json?x=1',
    fragment: 'https://goodday.dev/schemas/assessment/1.0.0.json#',
    'leading-space': ' https://goodday.dev/schemas/assessment/1.0.0.json',
    'trailing-newline': 'https://goodday.dev/schemas/assessment/1.0.0.json\n',
    'common-schema': 'https://goodday.dev/schemas/common/1.0.0.json',
    'common-schema-1.1': 'https://goodday.dev/schemas/common/1.1.0.json',
    'meta-schema': 'https://json-schema.org/draft/2020-12/schema',
    javascript: 'javascript:alert(1)',
    script: "<script>alert(1)</script>",
    huge: `https://goodday.dev/${'x'.repeat(100_000)}`,
    newlines: "line one\nline two\r\nline three",
    'ansi-escape': '\u001b[2J\u001b[31mred',
    'lone-surrogate': 'https://goodday.dev/schemas/\ud800',
    'surrogate-at-cut': `${'x'.repeat(76)}😀${'y'.repeat(10)}`,
    traversal: '../../../../etc/passwd',
    file: 'file:///etc/passwd',
    'other-host': 'https://evil.example/schemas/assessment/1.0.0.json',
    relative: 'assessment/1.0.0.json',
    'kind-only': 'assessment',
    cyrillic: 'https://goodday.dev/schemas/аssessment/1.0.0.json',
    'percent-encoded': 'https://goodday.dev/schemas/%61ssessment/1.0.0.json',
    list: ['https://goodday.dev/schemas/assessment/1.0.0.json'],
    object: { $id: 'https://goodday.dev/schemas/assessment/1.0.0.json' },
    'proto-name': '__proto__',
    'constructor-name': 'constructor',
    'to-string': 'toString',
  };
  const out: Hostile[] = [];
  for (const e of seeds) {
    for (const [name, id] of Object.entries(ids)) {
      out.push(text('forged-schema', `${e.kind}-${name}`, () => {
        const { $schema, ...rest } = e.record;
        return json(id === undefined ? rest : { $schema: id, ...rest });
      }));
    }
    // Duplicate keys: JSON.parse keeps the last.
    out.push(text('forged-schema', `${e.kind}-duplicate-forged-last`, () => e.text.replace(/^\{/, '{"$schema": "x",').replace(/\}\s*$/, ', "$schema": "https://evil.example/x.json"}')));
    out.push(text('forged-schema', `${e.kind}-duplicate-valid-last`, () => e.text.replace(/^\{/, '{"$schema": "https://evil.example/x.json",')));
    // Another kind's $schema on this body.
    for (const other of seeds.filter((o) => o !== e)) out.push(text('forged-schema', `${e.kind}-as-${other.kind}`, () => json({ ...e.record, $schema: other.record.$schema })));
  }
  return out;
}

const DATES = ['2026-02-30', '2026-13-01', '2026-00-10', '2026-02-29', '2026-04-31', '0000-00-00', '2026-1-1', '26-03-03', '2026/03/03', '+275760-09-13', '2026-03-03 ', '٢٠٢٦-٠٣-٠٣'];
// The last four are valid: a leap second, a year past 9999 and one before 1 after the offset, a space and nine digits of fraction.
const DATE_TIMES = ['2016-12-31T23:59:60Z', '9999-12-31T23:30:00-01:00', '0000-01-01T00:30:00+01:00', '2026-03-03 10:30:00.123456789+01:00', '2026-03-03T24:60:00Z', '2026-03-03T24:00:00Z', '2026-03-03T23:60:00Z', '2026-03-03T23:59:61Z', '2026-03-03T10:30:00', '2026-03-03T10:30:00+25:00', '2026-02-30T10:00:00Z', '2026-13-01T00:00:00Z', '2026-03-03T10:30Z', '9999-12-31T23:59:59Z', '0000-01-01T00:00:00Z', '2026-03-03t10:30:00z'];

function impossibleDates(full: boolean): Hostile[] {
  const out: Hostile[] = [];
  for (const e of full ? examples : renderable) {
    const datePlaces = places(e.record).filter((p) => typeof getAt(e.record, p) === 'string' && /^\d{4}-\d\d-\d\d/.test(getAt(e.record, p) as string));
    for (const path of full ? datePlaces : sample(datePlaces, 3)) {
      const isDateTime = (getAt(e.record, path) as string).includes('T');
      for (const d of isDateTime ? DATE_TIMES : DATES) out.push(text('dates', `${e.name}${path.map((s) => `/${s}`).join('')}=${d}`, () => json(setAt(e.record, path, d))));
    }
  }
  return out;
}

const NUMBERS = ['1e309', '-1e309', '-0', '1e308', '9007199254740993', '123456789012345678901234567890', '1e-400', '0.1e-999999', '-1', '1.5', '1E+2'];

function numbers(full: boolean): Hostile[] {
  const out: Hostile[] = NUMBERS.map((n) => text('numbers', `document-${n}`, () => n));
  for (const e of full ? examples : seeds) {
    const numeric = places(e.record).filter((p) => typeof getAt(e.record, p) === 'number');
    for (const path of numeric) for (const n of NUMBERS) out.push(text('numbers', `${e.name}${path.map((s) => `/${s}`).join('')}=${n}`, () => withRaw(e, path, n)));
  }
  // In a string field and in the whole shape's first fields.
  for (const e of seeds) for (const n of ['1e309', '-0', '123456789012345678901234567890']) {
    out.push(text('numbers', `${e.kind}/status=${n}`, () => withRaw(e, ['status'], n)));
    out.push(text('numbers', `${e.kind}/id=${n}`, () => withRaw(e, ['id'], n)));
  }
  return out;
}

/** NDJSON and JSON-array streams, as the audit reads them; as one record they are not JSON. */
function streams(): Hostile[] {
  const line = (e: Example) => json(e.record);
  const [a, b, c, d] = seeds.map(line) as [string, string, string, string];
  const cases: Record<string, string | Uint8Array> = {
    lf: `${a}\n${b}\n${c}\n${d}\n`,
    crlf: `${a}\r\n${b}\r\n${c}\r\n${d}\r\n`,
    'cr-only': `${a}\r${b}\r${c}`,
    mixed: `${a}\n${b}\r\n${c}\n\n\n${d}`,
    'no-final-newline': `${a}\n${b}`,
    'blank-lines': `\n\n\n${a}\n\n\n`,
    'broken-line': `${a}\n{"$schema": "${CANARY}\n${b}\n`,
    'garbage-line': `${a}\n${CANARY} is not json\n${b}\n`,
    'array-line': `${a}\n[${b}]\n`,
    'number-line': `${a}\n42\n`,
    'bom-first': `\ufeff${a}\n${b}\n`,
    'bom-each-line': `\ufeff${a}\n\ufeff${b}\n`,
    'nul-line': `${a}\n\u0000\n${b}\n`,
    'truncated-last': `${a}\n${b.slice(0, 100)}`,
    'pretty-printed': `${JSON.stringify(seeds[0]!.record, null, 2)}\n`,
    'only-newlines': '\n'.repeat(10_000),
    'long-line': `${a}\n{"x":"${'y'.repeat(6 * 1024 * 1024)}"}\n${b}\n`,
    'deep-line': `${a}\n${nest(100_000, '[', ']')}\n${b}\n`,
    'invalid-utf8-line': concat(utf8(`${a}\n`), [0xff, 0xfe, 0x80], utf8(`\n${b}\n`)),
    'utf16-lines': concat([0xff, 0xfe], [...`${a}\n${b}\n`].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])),
    'json-array': `[${a},${b},${c},${d}]`,
    'json-array-crlf': `[\r\n${a},\r\n${b}\r\n]\r\n`,
    'json-array-broken': `[${a},{"$schema":,${b}]`,
    'json-array-unclosed': `[${a},${b}`,
    'json-array-of-scalars': `[1,"${CANARY}",null,true,[]]`,
    'json-array-nested': `[[${a}],[[${b}]]]`,
    'json-array-trailing-comma': `[${a},]`,
    'concatenated-records': `${a}${b}${c}`,
    'brace-in-string': `{"$schema":"https://goodday.dev/schemas/assessment/1.0.0.json","x":"}{${CANARY}\\"}"}\n${b}\n`,
  };
  const out: Hostile[] = [];
  for (const [id, body] of Object.entries(cases)) {
    out.push(text('streams', `${id}.ndjson`, () => body, true));
    out.push(text('streams', `${id}.json`, () => body));
  }
  return out;
}

/** Streams whose every element or line must be counted, as a record or as unusable: after a non-object or a long one, records were lost. */
function countedStreams(): Hostile[] {
  const [a, b, c, d] = seeds.map((e) => json(e.record)) as [string, string, string, string];
  const long = (mib: number) => `{"x":"${CANARY}${'y'.repeat(mib * 1024 * 1024)}"}`;
  const arrays: Record<string, [string, number]> = {
    'number-first': [`[1,${a},${b}]`, 3],
    'string-first': [`["${CANARY}",${a}]`, 2],
    'scalars-between': [`[${a},null,true,-1.5e3,"]\\"{",${b},[1,{"c":2}],${c}]`, 8],
    'over-limit-between': [`[${a},${long(6)},${b},${c}]`, 4],
    'unclosed-string-last': [`[${a},"${CANARY}`, 2],
  };
  const out = Object.entries(arrays).map(([id, [body, items]]) => ({ ...text('counted-streams', `${id}.json`, () => body), items }));
  out.push({ ...text('counted-streams', 'line-over-16mib.ndjson', () => `${a}\n${long(17)}\n${b}\n${c}\n${d}\n${a}\n${b}\n`, true), items: 7 });
  out.push({ ...text('counted-streams', 'two-long-lines.ndjson', () => `${long(6)}\n${a}\n${long(6)}\n${b}\n`, true), items: 4 });
  return out;
}

/** Lists far over their limit at each list of each kind (ids, nulls, copies): ajv compared every pair, and took minutes. */
function longLists(full: boolean): Hostile[] {
  const n = full ? 240_000 : 60_000;
  const out: Hostile[] = [];
  for (const e of seeds) {
    const lists = places(e.record).filter((p) => Array.isArray(getAt(e.record, p)));
    for (const path of full ? lists : sample(lists, 2)) {
      const first = (getAt(e.record, path) as unknown[])[0] ?? {};
      const where = path.map((s) => `/${s}`).join('');
      out.push(text('long-lists', `${e.kind}${where}=ids`, () => json(setAt(e.record, path, Array.from({ length: n }, (_, i) => `id-${i}`)))));
      out.push(text('long-lists', `${e.kind}${where}=nulls`, () => json(setAt(e.record, path, Array.from({ length: n }, () => null)))));
      if (full) out.push(text('long-lists', `${e.kind}${where}=copies`, () => json(setAt(e.record, path, Array.from({ length: n / 10 }, () => first)))));
    }
  }
  return out;
}

/** A status outside the code list: counted by it verbatim, it leaked text and "__proto__" or "constructor" broke the counts. */
function statuses(): Hostile[] {
  return seeds.flatMap((e) => [CANARY, '__proto__', 'constructor', 'toString', 'hasOwnProperty', ''].map((st, i) => text('statuses', `${e.kind}#${i}`, () => json(setAt(e.record, ['status'], st)))));
}

/** In-memory values no JSON text can make, for the functions that take a value. */
function values(): Hostile[] {
  const seed = seeds[0]!.record;
  const cases: Record<string, () => unknown> = {
    undefined: () => undefined,
    null: () => null,
    'big-int': () => 10n ** 30n,
    symbol: () => Symbol('x'),
    function: () => () => 1,
    nan: () => Number.NaN,
    infinity: () => Number.POSITIVE_INFINITY,
    'negative-zero': () => -0,
    date: () => new Date(Number.NaN),
    map: () => new Map([['$schema', seed.$schema]]),
    'string-object': () => Object('x'),
    'cyclic-root': () => {
      const r: Record<string, unknown> = structuredClone(seed);
      r.self = r;
      return r;
    },
    'cyclic-in-list': () => {
      const r = structuredClone(seed) as Record<string, unknown[]>;
      r.needs!.push(r);
      return r;
    },
    'null-prototype': () => Object.assign(Object.create(null), structuredClone(seed)),
    'frozen-deep': () => deepFreeze(structuredClone(seed)),
    'sparse-list': () => {
      const r = structuredClone(seed) as Record<string, unknown[]>;
      r.needs!.length = 50;
      return r;
    },
    'undefined-fields': () => ({ ...structuredClone(seed), status: undefined, id: undefined }),
    'big-int-field': () => ({ ...structuredClone(seed), id: 10n }),
    'symbol-key': () => ({ ...structuredClone(seed), [Symbol('k')]: 1 }),
    'class-instance': () => Object.assign(new (class Record {})(), structuredClone(seed)),
    'array-with-schema': () => Object.assign([], { $schema: seed.$schema }),
    'boxed-schema': () => ({ ...structuredClone(seed), $schema: Object(seed.$schema) }),
    'non-enumerable-schema': () => Object.defineProperty({ ...structuredClone(seed) }, '$schema', { enumerable: false, value: seed.$schema }),
  };
  return Object.entries(cases).map(([id, make]) => value('values', id, make));
}

/** Free text that would be live markup if it reached a page unescaped; each carries the canary, to find where it went. */
export const MARKUP = [
  `<script>alert("${CANARY}")</script>`,
  `<img src=x onerror=alert("${CANARY}")>`,
  `javascript:alert("${CANARY}")`,
  `"><svg onload=alert("${CANARY}")>`,
  `'><iframe srcdoc="<script>${CANARY}</script>">`,
  `[${CANARY}](javascript:alert(1))`,
  `![${CANARY}](https://evil.example/x.png)`,
  `<a href="javascript:alert(1)">${CANARY}</a>`,
  `{{constructor.constructor('alert(1)')()}} ${CANARY}`,
  `<style>body{background:url("javascript:${CANARY}")}</style>`,
  `\u2028<script>${CANARY}</script>\u2029`,
  `&lt;script&gt;${CANARY}&lt;/script&gt;`,
  `<!-- ${CANARY} --><base href="https://evil.example/">`,
  `x onmouseover=alert(1) ${CANARY}`,
  `\`onfocus\`=alert(1) autofocus ${CANARY}`,
  `# ${CANARY}\n\n<details open ontoggle=alert(1)>`,
  `<scr<script>ipt>${CANARY}</script>`,
  `<SCRIPT SRC=//evil.example/${CANARY}.js></SCRIPT>`,
  `data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg== ${CANARY}`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>${CANARY}`,
  // GFM autolinks: an email address, www. and a scheme become links with no markup at all.
  `${CANARY} evil@example.com`,
  `${CANARY} www.evil.example/x`,
  `${CANARY} https://evil.example/x`,
];

function markup(full: boolean): Hostile[] {
  const out: Hostile[] = [];
  for (const e of renderable) {
    const texts = places(e.record).filter((p) => p.at(-1) === 'text' || p.at(-1) === 'preferredName' || p.at(-1) === 'description');
    for (const path of full ? texts : sample(texts, 3)) {
      MARKUP.forEach((m, i) => out.push(text('markup', `${e.name}${path.map((s) => `/${s}`).join('')}#${i}`, () => json(setAt(e.record, path, m)))));
    }
  }
  return out;
}

export function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const key of Reflect.ownKeys(v)) deepFreeze((v as Record<string | symbol, unknown>)[key]);
  }
  return v;
}

// Slow to check many times over (seconds each), so only in the full run.
const FULL_ONLY = new Set(['limits/depth-1e6-arrays', 'limits/wide-object-300k', 'limits/wide-array-300k']);

/** The whole corpus; ids are unique. */
export function hostileCorpus(full = false): Hostile[] {
  return [...notJson(), ...encodings(), ...limits(), ...prototypeKeys(full), ...wrongTypes(full), ...forgedSchemas(), ...impossibleDates(full), ...numbers(full), ...streams(), ...countedStreams(), ...longLists(full), ...statuses(), ...values(), ...markup(full)].filter((h) => full || !FULL_ONLY.has(h.id));
}
