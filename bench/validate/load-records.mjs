// Loads the valid example records and the schemas, and builds the benchmark workload from them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The folder the benchmark reads by default: the published example assessments. */
export const defaultRecordsDir = join(repoRoot, 'examples/records/assessment');

/** The common and assessment schemas, read from the same files the Good Day build compiles. */
export function loadSchemas() {
  const read = (name) => JSON.parse(readFileSync(join(repoRoot, 'schemas', name, '1.0.0.json'), 'utf8'));
  return { common: read('common'), assessment: read('assessment') };
}

/** Every example in dir that is meant to be valid (any .json not named invalid-*), sorted by file name. */
export function loadValidExamples(dir = defaultRecordsDir) {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json') && !file.startsWith('invalid-'))
    .sort()
    .map((file) => ({ file, path: join(dir, file), record: JSON.parse(readFileSync(join(dir, file), 'utf8')) }));
}

/**
 * At least `size` records: every example once, then clones with a new top-level id.
 * Why clones: distinct objects mean no validator gains from seeing the very same object again.
 */
export function buildWorkload(examples, size) {
  const workload = examples.map(({ record }) => structuredClone(record));
  for (let i = 0; workload.length < size; i++) {
    const copy = structuredClone(examples[i % examples.length].record);
    // Keep within the Id pattern and its 128-character limit, so every clone stays valid.
    if (typeof copy.id === 'string') copy.id = `${copy.id.slice(0, 100)}-bench-${i + 1}`;
    workload.push(copy);
  }
  return workload;
}
