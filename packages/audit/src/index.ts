export { audit, auditItem, type AuditOptions } from './audit.js';
export { recordItems, type ReadItem, type Source } from './item.js';
export { readRecords, readStream, readLines, readTask, type FileTask, type ReadCounter } from './read.js';
export { splitLines } from './split.js';
export { emptySummary, merge, mergeInto, isSummary, READING_EASE_BANDS, type Summary, type RuleTally, type Unusable } from './summary.js';
export { toCsv, toJson } from './report.js';
export { toHtml } from './html.js';
export { auditPaths, type ParallelOptions } from './parallel.js';
export { expandPaths } from './files.js';
