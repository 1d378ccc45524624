import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const RECORD_FILE = /\.(json|ndjson|jsonl)$/i;
const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
// Dependencies and hidden folders (.git, .cache) hold no records of the export; a folder named on its own is still read.
const skipped = (name: string) => name === 'node_modules' || name.startsWith('.');

/** Why a path could not be read, in words for the report: the system's own message can hold the whole path. */
export function whyUnreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'a symbolic link that loops';
  if (code === 'EISDIR') return 'a folder where a file was expected';
  return 'it cannot be read';
}

/**
 * Every .json, .ndjson and .jsonl file under a folder, in name order, recursively. Folders named node_modules or
 * starting with a dot are skipped, and symbolic links to folders are not followed (so a link loop cannot trap it),
 * even when named like a record file. A folder that cannot be listed goes to `unreadable`, and the walk goes on.
 */
export async function* recordFilesUnder(dir: string, unreadable?: (folder: string, error: unknown) => void): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (!unreadable) throw error;
    unreadable(dir, error);
    return;
  }
  for (const entry of entries.sort(byName)) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skipped(entry.name)) yield* recordFilesUnder(path, unreadable);
    } else if (RECORD_FILE.test(entry.name)) {
      if (entry.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isDirectory()) continue;
      yield path;
    }
  }
}

/** Every record file the paths name: files as given, folders searched as {@link recordFilesUnder} does; missing paths are kept, to be reported. */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    // A folder that cannot be listed is kept, like a missing path, for the reader to report.
    if (info?.isDirectory()) for await (const file of recordFilesUnder(path, (folder) => out.push(folder))) out.push(file);
    else out.push(path);
  }
  return out;
}
