import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { examples } from './examples.js';

/**
 * A folder of hostile paths for the audit: symlink loops, a link to a folder named like a file, a dangling link,
 * a named pipe (reading it would wait for ever), unreadable files and folders, beside one good record.
 */
export function hostileTree(): { root: string; good: string; paths: Record<string, string> } {
  const root = mkdtempSync(join(tmpdir(), 'goodday-hostile-tree-'));
  const good = join(root, 'good.json');
  writeFileSync(good, examples.find((e) => e.name === 'assessment/complete-eligible.json')!.text);
  const paths: Record<string, string> = {
    'loop-dir': join(root, 'loop'),
    'loop-dir-named-json': join(root, 'loop.json'),
    'self-link': join(root, 'self.json'),
    'link-cycle-a': join(root, 'a.json'),
    'link-cycle-b': join(root, 'b.json'),
    dangling: join(root, 'gone.json'),
    'folder-named-json': join(root, 'folder.json'),
    fifo: join(root, 'pipe.json'),
    'unreadable-file': join(root, 'locked.json'),
    'unreadable-folder': join(root, 'locked-folder'),
  };
  symlinkSync(root, paths['loop-dir']!);
  symlinkSync(root, paths['loop-dir-named-json']!);
  symlinkSync(paths['self-link']!, paths['self-link']!);
  symlinkSync(paths['link-cycle-b']!, paths['link-cycle-a']!);
  symlinkSync(paths['link-cycle-a']!, paths['link-cycle-b']!);
  symlinkSync(join(root, 'nowhere.json'), paths.dangling!);
  mkdirSync(paths['folder-named-json']!);
  writeFileSync(join(paths['folder-named-json']!, 'inner.json'), readFileSync(good));
  spawnSync('mkfifo', [paths.fifo!]);
  writeFileSync(paths['unreadable-file']!, readFileSync(good));
  chmodSync(paths['unreadable-file']!, 0o000);
  mkdirSync(paths['unreadable-folder']!);
  writeFileSync(join(paths['unreadable-folder']!, 'inside.json'), readFileSync(good));
  chmodSync(paths['unreadable-folder']!, 0o000);
  chmodSync(root, 0o755);
  return { root, good, paths };
}

/** Whether chmod 000 stops this process reading: not as root, where every file can be read. */
export function chmodStopsReads(file: string): boolean {
  try {
    readFileSync(file);
    return false;
  } catch {
    return true;
  }
}

/**
 * How to run a command as someone chmod does stop, when this process is root: `setpriv` to the user nobody.
 * Undefined when not root (chmod works as it is) or when no such tool is here.
 */
export function asUnprivileged(): string[] | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const probe = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'true']);
  return probe.status === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : undefined;
}
