import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Every record file the paths name: files as given, folders searched for .json, .ndjson and .jsonl files; missing paths are kept, to be reported. */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (/\.(json|ndjson|jsonl)$/i.test(entry.name)) out.push(path);
    }
  };
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) await walk(path);
    else out.push(path);
  }
  return out;
}
