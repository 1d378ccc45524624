// The example records, for tests that run over them: the current ones, and the 1.0.0 ones kept as they were.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const examplesDir = join(import.meta.dirname, '../examples');
// Each folder of examples, and the prefix its records' names carry (none for the current examples).
const folders = [
  { dir: join(examplesDir, 'records'), prefix: '' },
  { dir: join(examplesDir, 'records-1.0.0'), prefix: 'records-1.0.0/' },
];

/** One example record, with its name (`<kind>/<file>`, or `records-1.0.0/<kind>/<file>`) and its kind's folder. */
export interface Example {
  readonly name: string;
  readonly kind: string;
  readonly record: Record<string, unknown>;
}

/** Every example record of a kind, of every version, in file order (the current examples first). */
export const examplesOf = (kind: string): Example[] =>
  // A kind first published after 1.0.0 of the others (review) has no folder among the old examples.
  folders.filter(({ dir }) => existsSync(join(dir, kind))).flatMap(({ dir, prefix }) =>
    readdirSync(join(dir, kind))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => ({ name: `${prefix}${kind}/${f}`, kind, record: JSON.parse(readFileSync(join(dir, kind, f), 'utf8')) as Record<string, unknown> })),
  );

/** Every example record of every kind. */
export const allExamples = (): Example[] =>
  readdirSync(folders[0]!.dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .flatMap(examplesOf);
