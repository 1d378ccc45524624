import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';

/** Where the CLI reads and writes, so that tests can run it in-process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Size of a file in bytes, or throws a Node file-system error. */
  size(path: string): Promise<{ bytes: number; isFile: boolean }>;
  readFile(path: string): Promise<Uint8Array>;
  /** All of standard input, for commands that read `-`. */
  readStdin(): Promise<Uint8Array>;
  writeFile(path: string, text: string): Promise<void>;
  /** Makes a folder, and any above it, if it is not there yet. */
  makeFolder(path: string): Promise<void>;
  /** True when standard error is a terminal, where a progress line helps. */
  isErrorTerminal(): boolean;
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
  makeFolder: async (path) => void (await mkdir(path, { recursive: true })),
  isErrorTerminal: () => process.stderr.isTTY === true,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
};
