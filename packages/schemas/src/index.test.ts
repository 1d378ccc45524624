import { expect, it } from 'vitest';
import * as api from './index.js';

it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual(
    ['SCHEMA_BASE', 'kindTable', 'kindWords', 'commonSchemas', ...api.recordKinds.map((kind) => `${kind.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase())}Schemas`), 'codeLabel', 'codeList', 'codeListNames', 'compareVersions', 'getSchema', 'getSchemaById', 'getSchemaEntry', 'identifyRecordSchema', 'isRecordKind', 'latestVersion', 'listSchemas', 'listVersions', 'migrate', 'MigrationError', 'isMigrationError', 'parseSchemaId', 'plainLabel', 'recordKinds', 'schemaId'].sort(),
  );
});

it('lists every published schema by name, oldest first, as the registry does', () => {
  const camel = (kebab: string) => kebab.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
  const exported = new Map<string, unknown>(Object.entries(api));
  for (const name of ['common', ...api.recordKinds]) {
    const list = exported.get(`${camel(name)}Schemas`) as readonly api.JsonSchema[] | undefined;
    expect(list, name).toBeDefined();
    if (!list) continue;
    expect(list.map((schema) => schema.$id)).toEqual(api.listSchemas().filter((entry) => entry.name === name).map((entry) => entry.$id));
  }
});
