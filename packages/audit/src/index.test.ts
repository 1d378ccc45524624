import { expect, it } from 'vitest';
import * as browser from './browser.js';
import * as node from './index.js';

const BROWSER = ['READING_EASE_BANDS', 'addToCldCheck', 'audit', 'auditItem', 'cldCheck', 'emptyCldCheck', 'emptySummary', 'isSummary', 'merge', 'mergeInto', 'recordItems', 'toCldCheckCsv', 'toCsv', 'toHtml', 'toJson'];

it('@goodday/audit exports these names: the browser entry’s and the readers and workers of files', () => {
  expect(Object.keys(node).sort()).toEqual([...BROWSER, 'auditPaths', 'expandPaths', 'readLines', 'readRecords', 'readStream', 'readTask', 'splitLines'].sort());
});

it('@goodday/audit/browser exports these names, each the same function as @goodday/audit’s', () => {
  expect(Object.keys(browser).sort()).toEqual([...BROWSER].sort());
  for (const name of BROWSER) expect(browser[name as keyof typeof browser]).toBe(node[name as keyof typeof node]);
});

it('recordItems gives each record its place in the list, without copying it', () => {
  const records = [{ id: 'a' }, { id: 'b' }];
  const items = [...browser.recordItems(records, 'upload.json')];
  expect(items).toEqual([
    { source: { file: 'upload.json', index: 0 }, value: records[0] },
    { source: { file: 'upload.json', index: 1 }, value: records[1] },
  ]);
  items.forEach((item, i) => expect('value' in item && item.value).toBe(records[i]));
});
