import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { audit, type AuditOptions } from './audit.js';
import { expandPaths } from './files.js';
import { readRecords } from './read.js';
import { emptySummary, mergeInto, type Summary } from './summary.js';

export interface ParallelOptions extends AuditOptions {
  /** Worker threads; default the number of cores. 1 audits on this thread. */
  readonly workers?: number;
  /** Called now and then with the records audited so far, across all workers. */
  readonly onProgress?: (records: number) => void;
}

/**
 * Audits files and folders across worker threads, each taking whole files (largest first, to the least loaded),
 * and merges their summaries. Standard input ("-") is read on this thread.
 */
export async function auditPaths(paths: readonly string[], options: ParallelOptions = {}): Promise<Summary> {
  const files = await expandPaths(paths.filter((p) => p !== '-'));
  const summary = paths.includes('-') ? await audit(readRecords(['-']), options) : emptySummary();
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), files.length));
  if (workers === 1) return mergeInto(summary, await audit(readRecords(files), options));

  const sized = await Promise.all(files.map(async (file) => ({ file, bytes: (await stat(file).catch(() => undefined))?.size ?? 0 })));
  const shares = Array.from({ length: workers }, () => ({ files: [] as string[], bytes: 0 }));
  for (const { file, bytes } of sized.sort((a, b) => b.bytes - a.bytes)) {
    const least = shares.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    least.files.push(file);
    least.bytes += bytes;
  }
  const progress = shares.map(() => 0);
  // Workers run the built worker beside this module; merge order follows the shares, so results do not depend on timing.
  const results = await Promise.all(
    shares.map(
      (share, i) =>
        new Promise<Summary>((resolve, reject) => {
          const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { files: share.files, hashIds: options.hashIds === true } });
          worker.on('message', (message: { progress?: number; summary?: Summary }) => {
            if (message.summary) resolve(message.summary);
            else if (message.progress !== undefined) {
              progress[i] = message.progress;
              options.onProgress?.(progress.reduce((a, b) => a + b, 0));
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
