// A worker thread: audits the files and file parts it is given and posts back its summary, and progress as it goes.
import { parentPort, workerData } from 'node:worker_threads';
import { audit } from './audit.js';
import { readTask, type FileTask } from './read.js';

const { tasks, hashIds, includeText } = workerData as { tasks: FileTask[]; hashIds: boolean; includeText: boolean };
async function* items() {
  for (const task of tasks) yield* readTask(task);
}
void audit(items(), { hashIds, includeText, onProgress: (records) => parentPort!.postMessage({ progress: records }) }).then((summary) => parentPort!.postMessage({ summary }));
