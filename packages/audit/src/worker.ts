// A worker thread: audits the files it is given and posts back its summary, and progress as it goes.
import { parentPort, workerData } from 'node:worker_threads';
import { audit } from './audit.js';
import { readRecords } from './read.js';

const { files, hashIds } = workerData as { files: string[]; hashIds: boolean };
void audit(readRecords(files), { hashIds, onProgress: (records) => parentPort!.postMessage({ progress: records }) }).then((summary) => parentPort!.postMessage({ summary }));
