// Runs the CLI in-process for a test, with its output collected: `io` replaces any part of the real one.
import { processIo, type Io } from '../src/io.js';
import { run } from '../src/run.js';

export async function goodday(args: readonly string[], io: Partial<Io> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run([...args], { ...processIo, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), progress: (t) => void (stderr += t), ...io });
  return { code, stdout, stderr };
}
