import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The example records, as data: the seeds every hostile mutation starts from. */
export interface Example {
  readonly name: string;
  readonly kind: string;
  readonly text: string;
  readonly record: Record<string, unknown>;
}

const root = join(import.meta.dirname, '../../examples/records');

export const examples: readonly Example[] = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(root, d.name))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => {
        const text = readFileSync(join(root, d.name, f), 'utf8');
        return { name: `${d.name}/${f}`, kind: d.name, text, record: JSON.parse(text) as Record<string, unknown> };
      }),
  );

/** A valid, complete (or concluded) example of each kind: the ones that render. */
export const renderable: readonly Example[] = examples.filter((e) => /\/(complete|concluded)-[^/]*\.json$/.test(e.name));

export type Segment = string | number;

/** Every place in a value (objects and arrays, not the root), depth first, in key order. */
export function places(value: unknown, at: readonly Segment[] = []): Segment[][] {
  if (value === null || typeof value !== 'object') return [];
  const out: Segment[][] = [];
  const entries: [Segment, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [key, child] of entries) {
    const here = [...at, key];
    out.push(here, ...places(child, here));
  }
  return out;
}

export function getAt(value: unknown, path: readonly Segment[]): unknown {
  let node = value;
  for (const s of path) node = (node as Record<string, unknown>)[s as string];
  return node;
}

/** A copy of `value` with the thing at `path` replaced. */
export function setAt<T>(value: T, path: readonly Segment[], replacement: unknown): T {
  const copy = structuredClone(value);
  let node = copy as unknown as Record<string, unknown>;
  for (const s of path.slice(0, -1)) node = node[s as string] as Record<string, unknown>;
  node[path.at(-1) as string] = replacement;
  return copy;
}
