// A worker thread: audits the files and file parts it is given and posts back its summary, and progress as it goes.
import { parentPort, workerData } from 'node:worker_threads';
import { audit } from './audit.js';
import { readTask, type FileTask, type ReadCounter } from './read.js';

const { tasks, hashIds, includeText } = workerData as { tasks: FileTask[]; hashIds: boolean; includeText: boolean };
const counter: ReadCounter = { bytes: 0 };
async function* items() {
  for (const task of tasks) yield* readTask(task, counter);
}
const onProgress = (records: number) => parentPort!.postMessage({ progress: records, bytes: counter.bytes });
void audit(items(), { hashIds, includeText, onProgress }).then((summary) => parentPort!.postMessage({ summary }));
