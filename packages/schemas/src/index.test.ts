import { expect, it } from 'vitest';
import * as api from './index.js';

it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual(
    ['SCHEMA_BASE', 'codeLabel', 'codeList', 'codeListNames', 'compareVersions', 'getSchema', 'getSchemaById', 'getSchemaEntry', 'identifyRecordSchema', 'isRecordKind', 'latestVersion', 'listSchemas', 'listVersions', 'parseSchemaId', 'plainLabel', 'recordKinds', 'schemaId'].sort(),
  );
});
