// Writes a package's generated files into one folder, or with `check` lists what is out of date instead, for the
// packages' build scripts (`generate`, and `--check` in their drift tests).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Brings `dir` to exactly `files` (name → contents). With `check`, changes nothing and pushes onto `stale` each file
 * whose contents differ and each file in the folder that is not generated.
 */
export function syncGenerated(dir, files, check, stale) {
  if (!check) mkdirSync(dir, { recursive: true });
  for (const [file, contents] of files) {
    let current;
    try {
      current = readFileSync(join(dir, file), 'utf8');
    } catch {
      current = undefined;
    }
    if (current === contents) continue;
    if (check) stale.push(join(dir, file));
    else writeFileSync(join(dir, file), contents);
  }
  let present = [];
  try {
    present = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isFile() && !files.has(d.name)).map((d) => join(dir, d.name));
  } catch {
    present = [];
  }
  if (check) stale.push(...present.map((f) => `${f} is not generated`));
}
