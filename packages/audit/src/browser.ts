// What runs without Node: no module reachable from here imports node: (a test bundles it for the browser).
export { audit, auditItem, type AuditOptions } from './audit.js';
export { recordItems, type ReadItem, type Source } from './item.js';
export { emptySummary, merge, mergeInto, isSummary, READING_EASE_BANDS, type Summary, type RuleTally, type Unusable } from './summary.js';
export { toCsv, toJson } from './report.js';
export { toHtml } from './html.js';
export { cldCheck, addToCldCheck, emptyCldCheck, toCldCheckCsv, type CldCheck } from './cld-check.js';
