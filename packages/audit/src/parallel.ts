import { stat } from 'node:fs/promises';
import { availableParallelism, cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { audit, type AuditOptions } from './audit.js';
import { expandPaths } from './files.js';
import { readRecords, readTask, type FileTask, type ReadCounter } from './read.js';
import { splitLines } from './split.js';
import { emptySummary, mergeInto, type Summary } from './summary.js';

export interface ParallelOptions extends AuditOptions {
  /**
   * Threads to audit on, this one included; 1 audits on this thread alone. Default: as many as there are cores free
   * and the input can keep busy.
   */
  readonly workers?: number;
  /**
   * Called now and then with the records audited so far, across all workers, and the share of the input's bytes
   * read (0 to 1), for an estimate of the time left; the share is undefined when standard input is read.
   */
  readonly onProgress?: (records: number, share: number | undefined) => void;
}

// NDJSON files larger than this are split between workers; smaller ones go whole.
const SPLIT_BYTES = 8 * 1024 * 1024;
// A worker pays its own start-up and warm-up (its imports, and V8 optimising validate and the linter afresh), about
// what a few thousand records cost: a thread is worth starting only for at least this much input.
export const BYTES_PER_THREAD = 16 * 1024 * 1024;

/**
 * How many threads to audit `bytes` of input on by default: one per BYTES_PER_THREAD, and no more than the cores
 * free (a second thread on a busy core only pays the warm-up twice). `busy` is how many of the host's `hostCores`
 * other programs keep busy, scaled to the `cores` this process may use.
 */
export function defaultThreads(bytes: number, cores: number, busy: number, hostCores = cores): number {
  // A core counts as free when at most a quarter of it is in use: two threads sharing one only slow each other.
  const free = Math.floor(cores - (busy * cores) / hostCores + 0.25);
  return Math.max(1, Math.min(free, Math.floor(bytes / BYTES_PER_THREAD)));
}

const SAMPLE_MS = 100;

/**
 * How many of the host's cores other programs are using now, from the CPU times of a tenth of a second, less this
 * process's own: the load average lags by a minute, which on a shared machine is many audits' time.
 */
async function busyCores(): Promise<number> {
  const total = (list: ReturnType<typeof cpus>) => list.reduce((sum, cpu) => sum + cpu.times.user + cpu.times.nice + cpu.times.sys + cpu.times.irq, 0);
  const before = cpus();
  const own = process.cpuUsage();
  const start = performance.now();
  await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
  const after = cpus();
  if (before.length === 0 || after.length !== before.length) return 0;
  const ownMs = (({ user, system }) => (user + system) / 1000)(process.cpuUsage(own));
  return Math.max(0, (total(after) - total(before) - ownMs) / (performance.now() - start));
}

/** The default number of threads for `bytes` of input; the machine is sampled only when more than one could help. */
async function chooseThreads(bytes: number): Promise<number> {
  const cores = availableParallelism();
  if (cores === 1 || bytes < 2 * BYTES_PER_THREAD) return 1;
  return defaultThreads(bytes, cores, await busyCores(), cpus().length || cores);
}

/**
 * Audits files and folders across worker threads, and merges their summaries. Large NDJSON files are split
 * into runs of whole lines; the rest go whole; the pieces go largest first to the least loaded worker.
 * Standard input ("-") is read on this thread.
 */
export async function auditPaths(paths: readonly string[], options: ParallelOptions = {}): Promise<Summary> {
  const files = await expandPaths(paths.filter((p) => p !== '-'));
  const stdinProgress = options.onProgress && ((records: number) => options.onProgress!(records, undefined));
  const summary = paths.includes('-') ? await audit(readRecords(['-']), { ...options, onProgress: stdinProgress }) : emptySummary();
  const sizes = await Promise.all(files.map(async (file) => (await stat(file).catch(() => undefined))?.size ?? 0));
  const totalBytes = sizes.reduce((a, b) => a + b, 0);
  const shareRead = (bytes: number) => (totalBytes > 0 ? Math.min(1, bytes / totalBytes) : undefined);
  const onThisThread = async () => {
    const counter: ReadCounter = { bytes: 0 };
    const onProgress = options.onProgress && ((records: number) => options.onProgress!(summary.records + records, shareRead(counter.bytes)));
    return mergeInto(summary, await audit(readRecords(files, undefined, counter), { ...options, onProgress }));
  };
  const wanted = Math.max(1, options.workers ?? (await chooseThreads(totalBytes)));
  if (wanted === 1 || files.length === 0) return onThisThread();

  const tasks: { task: FileTask; bytes: number }[] = [];
  for (const [i, file] of files.entries()) {
    const bytes = sizes[i]!;
    if (bytes > SPLIT_BYTES && /\.(ndjson|jsonl)$/i.test(file)) {
      for (const task of await splitLines(file, bytes, wanted)) tasks.push({ task, bytes: task.end! - task.start! });
    } else tasks.push({ task: { file }, bytes });
  }
  const threads = Math.min(wanted, tasks.length);
  if (threads === 1) return onThisThread();
  const shares = Array.from({ length: threads }, () => ({ tasks: [] as FileTask[], bytes: 0 }));
  for (const { task, bytes } of tasks.sort((a, b) => b.bytes - a.bytes)) {
    const least = shares.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    least.tasks.push(task);
    least.bytes += bytes;
  }
  const progress = shares.map(() => ({ records: 0, bytes: 0 }));
  const report = (i: number, records: number, bytes: number) => {
    progress[i] = { records, bytes };
    const sum = progress.reduce((a, b) => ({ records: a.records + b.records, bytes: a.bytes + b.bytes }));
    options.onProgress?.(summary.records + sum.records, shareRead(sum.bytes));
  };
  const auditOptions = { hashIds: options.hashIds === true, includeText: options.includeText === true };
  // Workers run the built worker beside this module and take every share but the first, which this thread audits
  // itself rather than wait: one worker fewer to start. Merge order follows the shares, so results do not depend on timing.
  const started: Worker[] = [];
  const inWorkers = shares.slice(1).map(
    (share, k) =>
      new Promise<Summary>((resolve, reject) => {
        const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { tasks: share.tasks, ...auditOptions } });
        started.push(worker);
        worker.on('message', (message: { progress?: number; bytes?: number; summary?: Summary }) => {
          if (message.summary) resolve(message.summary);
          else if (message.progress !== undefined) report(k + 1, message.progress, message.bytes ?? 0);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => code !== 0 && reject(new Error(`an audit worker stopped with code ${code}`)));
      }),
  );
  const counter: ReadCounter = { bytes: 0 };
  async function* here() {
    for (const task of shares[0]!.tasks) yield* readTask(task, counter);
  }
  try {
    const results = await Promise.all([audit(here(), { ...auditOptions, onProgress: (records) => report(0, records, counter.bytes) }), ...inWorkers]);
    for (const part of results) mergeInto(summary, part);
    return summary;
  } catch (error) {
    // One part failed: the others' results would be thrown away, so stop them rather than let them run on.
    await Promise.all(started.map((worker) => worker.terminate()));
    throw error;
  }
}
