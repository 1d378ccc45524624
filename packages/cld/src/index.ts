export { toCldEvents, cldEventsOf, personRefOf } from './to-cld-events.js';
export { checkCldOptions, CldOptionsError, isIsoDate, PERSON_FIELDS, type CldOptions, type CldPersonField, type PersonIdSource } from './options.js';
export { CLD_FIELDS, METHOD_OF_REVIEW, type CldField, type CldRow } from './field.js';
export { cldCodeLists, labelOf, type CldCode, type CldCodeList } from './code-list.js';
export { emptyCldSummary, cldSummaryLine, type CldSummary } from './summary.js';
export { csvCell, cldCsvHeader, cldCsvRow, toCldCsv } from './csv.js';
export { cldCoverage, COVERAGE_FIELDS } from './coverage.js';
