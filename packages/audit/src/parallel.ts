import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { audit, type AuditOptions } from './audit.js';
import { expandPaths } from './files.js';
import { readRecords, type FileTask, type ReadCounter } from './read.js';
import { splitLines } from './split.js';
import { emptySummary, mergeInto, type Summary } from './summary.js';

export interface ParallelOptions extends AuditOptions {
  /** Worker threads; default the number of cores. 1 audits on this thread. */
  readonly workers?: number;
  /**
   * Called now and then with the records audited so far, across all workers, and the share of the input's bytes
   * read (0 to 1), for an estimate of the time left; the share is undefined when standard input is read.
   */
  readonly onProgress?: (records: number, share: number | undefined) => void;
}

// NDJSON files larger than this are split between workers; smaller ones go whole.
const SPLIT_BYTES = 8 * 1024 * 1024;

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
  const wanted = Math.max(1, options.workers ?? availableParallelism());
  if (wanted === 1 || files.length === 0) return onThisThread();

  const tasks: { task: FileTask; bytes: number }[] = [];
  for (const [i, file] of files.entries()) {
    const bytes = sizes[i]!;
    if (bytes > SPLIT_BYTES && /\.(ndjson|jsonl)$/i.test(file)) {
      for (const task of await splitLines(file, bytes, wanted)) tasks.push({ task, bytes: task.end! - task.start! });
    } else tasks.push({ task: { file }, bytes });
  }
  const workers = Math.min(wanted, tasks.length);
  if (workers === 1) return onThisThread();
  const shares = Array.from({ length: workers }, () => ({ tasks: [] as FileTask[], bytes: 0 }));
  for (const { task, bytes } of tasks.sort((a, b) => b.bytes - a.bytes)) {
    const least = shares.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    least.tasks.push(task);
    least.bytes += bytes;
  }
  const progress = shares.map(() => ({ records: 0, bytes: 0 }));
  // Workers run the built worker beside this module; merge order follows the shares, so results do not depend on timing.
  const results = await Promise.all(
    shares.map(
      (share, i) =>
        new Promise<Summary>((resolve, reject) => {
          const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { tasks: share.tasks, hashIds: options.hashIds === true, includeText: options.includeText === true } });
          worker.on('message', (message: { progress?: number; bytes?: number; summary?: Summary }) => {
            if (message.summary) resolve(message.summary);
            else if (message.progress !== undefined) {
              progress[i] = { records: message.progress, bytes: message.bytes ?? 0 };
              const sum = progress.reduce((a, b) => ({ records: a.records + b.records, bytes: a.bytes + b.bytes }));
              options.onProgress?.(summary.records + sum.records, shareRead(sum.bytes));
            }
          });
          worker.on('error', reject);
          worker.on('exit', (code) => code !== 0 && reject(new Error(`an audit worker stopped with code ${code}`)));
        }),
    ),
  );
  for (const part of results) mergeInto(summary, part);
  return summary;
}
