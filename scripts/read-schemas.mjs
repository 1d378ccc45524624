// The published schema documents, read from schemas/<name>/<version>.json, for the packages' build scripts.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const schemasDir = join(import.meta.dirname, '../schemas');

/** Every published schema document, by `$id`, in name and version order: `{ name, version, doc }`. */
export function readSchemas(dir = schemasDir) {
  const byId = new Map();
  for (const name of readdirSync(dir).sort()) {
    for (const file of readdirSync(join(dir, name)).filter((f) => f.endsWith('.json')).sort()) {
      const doc = JSON.parse(readFileSync(join(dir, name, file), 'utf8'));
      if (doc.$id === undefined) throw new Error(`${name}/${file} has no $id`);
      byId.set(doc.$id, { name, version: file.slice(0, -5), doc });
    }
  }
  return byId;
}
