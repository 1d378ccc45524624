import { expect, it } from 'vitest';
import * as api from './index.js';

it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual(
    ['SCHEMA_BASE', 'assessmentSchemas', 'capacityDecisionSchemas', 'commonSchemas', 'safeguardingEnquirySchemas', 'supportPlanSchemas', 'codeLabel', 'codeList', 'codeListNames', 'compareVersions', 'getSchema', 'getSchemaById', 'getSchemaEntry', 'identifyRecordSchema', 'isRecordKind', 'latestVersion', 'listSchemas', 'listVersions', 'migrate', 'MigrationError', 'isMigrationError', 'parseSchemaId', 'plainLabel', 'recordKinds', 'schemaId'].sort(),
  );
});

it('lists every published schema by name, oldest first, as the registry does', () => {
  const byName = { common: api.commonSchemas, assessment: api.assessmentSchemas, 'support-plan': api.supportPlanSchemas, 'safeguarding-enquiry': api.safeguardingEnquirySchemas, 'capacity-decision': api.capacityDecisionSchemas };
  expect(Object.keys(byName).sort()).toEqual(['common', ...api.recordKinds].sort());
  for (const [name, list] of Object.entries(byName)) {
    expect(list.map((schema) => schema.$id)).toEqual(api.listSchemas().filter((entry) => entry.name === name).map((entry) => entry.$id));
  }
});
