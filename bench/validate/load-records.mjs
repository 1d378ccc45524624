// Loads the valid example records and their schemas, and builds the benchmark workloads from them.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The folder the benchmark reads by default: every published example record, one subfolder per kind. */
export const defaultRecordsDir = join(repoRoot, 'examples/records');

/** The kind and version a record names in its $schema, or undefined. */
function schemaNamedBy(record) {
  const match = /\/schemas\/([a-z-]+)\/(\d+\.\d+\.\d+)\.json$/.exec(record?.$schema ?? '');
  return match ? { kind: match[1], version: match[2] } : undefined;
}

/** Every *.json under dir, recursively, sorted by path. */
function jsonFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Every example under dir meant to be valid (any .json not named invalid-*), grouped by the schema it names,
 * so that each group is timed against its own schema: [{ kind, version, examples: [{ file, path, record }] }].
 */
export function loadExampleGroups(dir = defaultRecordsDir) {
  const groups = new Map();
  for (const path of jsonFiles(dir)) {
    if (path.split('/').at(-1).startsWith('invalid-')) continue;
    const record = JSON.parse(readFileSync(path, 'utf8'));
    const named = schemaNamedBy(record);
    if (!named) throw new Error(`${relative(repoRoot, path)} does not name a Good Day schema in $schema`);
    const key = `${named.kind}@${named.version}`;
    if (!groups.has(key)) groups.set(key, { ...named, examples: [] });
    groups.get(key).examples.push({ file: relative(dir, path), path, record });
  }
  return [...groups.values()];
}

/** The schema of one kind and version, and every common schema it may refer to, read from the files the build compiles. */
export function loadSchemas(kind, version) {
  const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
  const commonDir = join(repoRoot, 'schemas/common');
  return { commons: readdirSync(commonDir).filter((f) => f.endsWith('.json')).sort().map((f) => read(join(commonDir, f))), record: read(join(repoRoot, 'schemas', kind, `${version}.json`)) };
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
