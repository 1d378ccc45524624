import { expect, it } from 'vitest';
import * as api from './index.js';

it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual(
    ['toCldEvents', 'cldEventsOf', 'personRefOf', 'checkCldOptions', 'CldOptionsError', 'isIsoDate', 'PERSON_FIELDS', 'CLD_FIELDS', 'METHOD_OF_REVIEW', 'cldCodeLists', 'labelOf', 'emptyCldSummary', 'cldSummaryLine', 'csvCell', 'cldCsvHeader', 'cldCsvRow', 'toCldCsv', 'cldCoverage', 'COVERAGE_FIELDS'].sort(),
  );
});
