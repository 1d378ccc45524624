// The example records, for tests that run over them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const recordsDir = join(import.meta.dirname, '../examples/records');

/** One example record, with its name (`<kind>/<file>`) and its kind's folder. */
export interface Example {
  readonly name: string;
  readonly kind: string;
  readonly record: Record<string, unknown>;
}

/** Every example record of a kind, in file order. */
export const examplesOf = (kind: string): Example[] =>
  readdirSync(join(recordsDir, kind))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: `${kind}/${f}`, kind, record: JSON.parse(readFileSync(join(recordsDir, kind, f), 'utf8')) as Record<string, unknown> }));

/** Every example record of every kind. */
export const allExamples = (): Example[] =>
  readdirSync(recordsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .flatMap(examplesOf);
