import { UsageError } from './exit-code.js';
import type { Io } from './io.js';
import { shownPath } from './shown-path.js';

/** Why a file could not be written, in words a user can act on; the system's own message can hold the whole path. */
function whyUnwritable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EISDIR') return 'it is a folder: give a file name';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'its folder does not exist: create it first';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'permission denied';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'the disk is full';
  return 'it cannot be written';
}

/** Writes a command's output to `--out`, or throws a {@link UsageError} that says why it could not. */
export async function writeOutput(io: Io, file: string, text: string): Promise<void> {
  try {
    await io.writeFile(file, text);
  } catch (error) {
    throw new UsageError(`--out ${shownPath(file)}: ${whyUnwritable(error)}.`);
  }
}

/** Adds to a file begun with {@link writeOutput}, or throws a {@link UsageError} that says why it could not. */
export async function appendOutput(io: Io, file: string, text: string): Promise<void> {
  try {
    await io.appendFile(file, text);
  } catch (error) {
    throw new UsageError(`--out ${shownPath(file)}: ${whyUnwritable(error)}.`);
  }
}
