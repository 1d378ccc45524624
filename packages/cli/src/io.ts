import { appendFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';

/** Where the CLI reads and writes, so that tests can run it in-process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Size of a file in bytes, or throws a Node file-system error. */
  size(path: string): Promise<{ bytes: number; isFile: boolean }>;
  readFile(path: string): Promise<Uint8Array>;
  /** Standard input, for commands that read `-`: all of it, or once over `limit` bytes, what was read so far (so just over). */
  readStdin(limit?: number): Promise<Uint8Array>;
  writeFile(path: string, text: string): Promise<void>;
  /** Adds text to the end of a file, for output written as it is made. */
  appendFile(path: string, text: string): Promise<void>;
  /** Makes a folder, and any above it, if it is not there yet. */
  makeFolder(path: string): Promise<void>;
  /** True when standard error is a terminal, where a progress line helps. */
  isErrorTerminal(): boolean;
  /** A progress line for a terminal, written as it is (its carriage return and erase-line code are the point); stderr when absent. */
  progress?(text: string): void;
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  size: async (path) => {
    const s = await stat(path);
    return { bytes: s.size, isFile: s.isFile() };
  },
  readFile: (path) => readFile(path),
  writeFile: (path, text) => writeFile(path, text),
  appendFile: (path, text) => appendFile(path, text),
  makeFolder: async (path) => void (await mkdir(path, { recursive: true })),
  isErrorTerminal: () => process.stderr.isTTY === true,
  progress: (text) => process.stderr.write(text),
  readStdin: async (limit = Infinity) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    for await (const chunk of process.stdin) {
      chunks.push(chunk as Buffer);
      // Stop at the limit: the rest of a 256 MiB stream is never held.
      if ((bytes += (chunk as Buffer).length) > limit) break;
    }
    return Buffer.concat(chunks);
  },
};
