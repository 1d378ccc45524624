import { CANARY } from './canary.js';

/** Longest one-line reason accepted: a sentence, a file name, a shortened quote, or twelve codes of a code list (about 550). */
export const MAX_MESSAGE = 800;

/**
 * What is wrong with a thrown error, or undefined when it is one of the documented types with a one-line reason:
 * no line break, no stack frames, bounded length, no record text.
 */
export function errorProblem(error: unknown, documented: readonly (abstract new (...args: never[]) => Error)[]): string | undefined {
  if (!documented.some((type) => error instanceof type)) {
    const e = error as { name?: string; message?: string } | undefined;
    return `threw ${e?.name ?? typeof error} (not ${documented.map((d) => d.name).join(' or ')}): ${String(e?.message ?? error).slice(0, 200)}`;
  }
  // An unknown "$schema" is quoted, shortened, by design: it names a schema, and the audit reports it by code alone.
  if ((error as { code?: unknown }).code === 'unknown-schema') return messageProblem((error as Error).message.replaceAll(CANARY, 'canary'));
  return messageProblem((error as Error).message);
}

export function messageProblem(message: unknown): string | undefined {
  if (typeof message !== 'string' || message.trim() === '') return 'an empty reason';
  if (/[\r\n\u0085\u2028\u2029]/.test(message)) return `a reason of more than one line: ${JSON.stringify(message.slice(0, 200))}`;
  if (/\.(?:[cm]?js|ts):\d+:\d+|\bat (?:async )?\S+ \(/.test(message)) return `a stack frame in the reason: ${message.slice(0, 200)}`;
  if (message.length > MAX_MESSAGE) return `a reason of ${message.length} characters`;
  if (message.includes(CANARY)) return `record text in the reason: ${message.slice(0, 200)}`;
  // Outside quotes: a quoted "undefined" is the input's, an unquoted one a date or a number that was not formatted.
  if (/(?<!")\b(undefined|NaN|Infinity)\b(?!")/.test(message)) return `a value not written out: ${message.slice(0, 200)}`;
  if (/[\u0000-\u001f\u007f-\u009f]/.test(message)) return `a control character in the reason: ${JSON.stringify(message.slice(0, 200))}`;
  return undefined;
}

/**
 * A fingerprint of a value's whole shape (own keys, symbols too, types, prototypes, frozen-ness), walked without
 * recursion so 10^5-deep values do not overflow the stack, and cycle-safe: equal before and after means unchanged.
 */
export function fingerprint(root: unknown): string {
  const parts: string[] = [];
  const seen = new Map<object, number>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string' && v.startsWith('\u0000key:')) {
      parts.push(v);
      continue;
    }
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) {
      parts.push(`${typeof v}:${typeof v === 'symbol' ? String(v.description) : Object.is(v, -0) ? '-0' : String(v)}`);
      continue;
    }
    const o = v as object;
    if (seen.has(o)) {
      parts.push(`ref:${seen.get(o)}`);
      continue;
    }
    seen.set(o, seen.size);
    const proto = Object.getPrototypeOf(o);
    parts.push(`obj:${proto === null ? 'null' : proto === Object.prototype ? 'O' : proto === Array.prototype ? 'A' : 'other'}:${Object.isFrozen(o)}`);
    if (typeof o === 'function') continue;
    const keys = Reflect.ownKeys(o);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      const d = Object.getOwnPropertyDescriptor(o, key)!;
      stack.push('value' in d ? d.value : '[accessor]');
      stack.push(`\u0000key:${String(key)}:${d.enumerable}`);
    }
  }
  return parts.join('|');
}

const prototypeKeys = () => [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) => Reflect.ownKeys(p).length).join(',');
const cleanPrototypes = prototypeKeys();
/** A problem when anything has been added to the built-in prototypes (prototype pollution). */
export function pollution(): string | undefined {
  const now = prototypeKeys();
  return now === cleanPrototypes && ({} as { polluted?: unknown }).polluted === undefined ? undefined : `built-in prototypes changed (${cleanPrototypes} → ${now})`;
}

/** Tags in an HTML page. */
export const tagsOf = (html: string): string[] => html.match(/<[^>]*>/g) ?? [];
const tagName = (tag: string) => /^<\/?\s*([a-z0-9-]+)/i.exec(tag)?.[1]?.toLowerCase() ?? tag.slice(0, 4);

/** Live markup from the record in an HTML page: a tag the templates never write, an event handler, a script URL, or record text inside a tag. */
export function htmlProblem(html: string, templateTags: ReadonlySet<string>): string | undefined {
  for (const tag of tagsOf(html)) {
    if (tag.includes(CANARY)) return `record text inside a tag: ${tag.slice(0, 120)}`;
    if (!templateTags.has(tagName(tag))) return `a tag the templates never write: ${tag.slice(0, 120)}`;
    if (/\son[a-z]+\s*=/i.test(tag)) return `an event handler attribute: ${tag.slice(0, 120)}`;
    if (/javascript:|data:text\/html/i.test(tag)) return `a script URL in a tag: ${tag.slice(0, 120)}`;
  }
  if (/<script/i.test(html)) return 'a script element';
  return undefined;
}

/** Live markup from the record in Markdown: raw HTML, a link or an image, on a line that holds record text. */
export function markdownProblem(md: string): string | undefined {
  for (const line of md.split('\n')) {
    if (!line.includes(CANARY)) continue;
    if (/(^|[^\\])<[a-z!/?]/i.test(line)) return `raw HTML from the record: ${line.slice(0, 120)}`;
    if (/(^|[^\\])\]\(/.test(line) || /(^|[^\\])!\[/.test(line)) return `a link or image from the record: ${line.slice(0, 120)}`;
    // GFM autolinks need no markup: an unescaped email address, www. or scheme.
    if (/[\w.+-](?<!\\)@[\w-]+\.\w/.test(line) || /(^|[\s*_~(])www\.(?!\\)/i.test(line) || /\bhttps?:\/\//i.test(line)) return `a GFM autolink from the record: ${line.slice(0, 120)}`;
  }
  return undefined;
}

/** Seconds allowed for all the checks on one input: generous, so that only a hang or a blow-up fails it. */
export const PER_INPUT_MS = 20_000;

/** Splits bytes into chunks of `size`, as a file stream would hand them over (a character may fall across two). */
export async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield Buffer.from(bytes.subarray(i, i + size));
}
