import { GoodDayInputError, parseRecord, type InputLimits } from '@goodday/validate';
import { shownPath } from './shown-path.js';
import type { Io } from './io.js';

function fileProblem(error: unknown, file: string): GoodDayInputError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : 'it cannot be read';
  return new GoodDayInputError('unreadable', `${shownPath(file)}: ${reason}.`);
}

/** Reads and parses one record file within the limits; throws {@link GoodDayInputError} with a one-line reason. */
export async function readRecord(io: Io, file: string, limits: InputLimits): Promise<unknown> {
  let size: { bytes: number; isFile: boolean };
  try {
    size = await io.size(file);
  } catch (error) {
    throw fileProblem(error, file);
  }
  if (!size.isFile) throw new GoodDayInputError('unreadable', `${shownPath(file)}: it is a folder or device, not a file: pass the record files in it.`);
  if (size.bytes > limits.maxBytes) {
    throw new GoodDayInputError('too-large', `${shownPath(file)}: ${size.bytes} bytes is over the limit of ${limits.maxBytes}: split it or use --max-bytes.`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    throw fileProblem(error, file);
  }
  try {
    return parseRecord(bytes, limits);
  } catch (error) {
    if (error instanceof GoodDayInputError) throw new GoodDayInputError(error.code, `${shownPath(file)}: ${error.message}`);
    throw error;
  }
}
