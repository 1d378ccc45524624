import { describe, expect, it } from 'vitest';
import {
  getSchema,
  getSchemaById,
  identifyRecordSchema,
  latestVersion,
  listSchemas,
  listVersions,
  parseSchemaId,
  schemaId,
} from './index.js';

describe('schema registry', () => {
  it('lists every published schema with its name, version and $id', () => {
    const names = listSchemas().map((e) => `${e.name}@${e.version}`);
    expect(names).toEqual([
      'assessment@1.0.0',
      'assessment@1.1.0',
      'capacity-decision@1.0.0',
      'capacity-decision@1.1.0',
      'carers-assessment@1.0.0',
      'common@1.0.0',
      'common@1.1.0',
      'common@1.2.0',
      'review@1.0.0',
      'safeguarding-enquiry@1.0.0',
      'safeguarding-enquiry@1.1.0',
      'support-plan@1.0.0',
      'support-plan@1.1.0',
    ]);
    for (const entry of listSchemas()) expect(entry.$id).toBe(schemaId(entry.name, entry.version));
  });

  it('returns a schema by kind and version, by kind alone (newest) and by $id', () => {
    const old = getSchema('assessment', '1.0.0');
    const newest = getSchema('assessment', '1.1.0');
    expect(old?.$id).toBe('https://goodday.dev/schemas/assessment/1.0.0.json');
    expect(getSchema('assessment')).toBe(newest);
    expect(getSchemaById('https://goodday.dev/schemas/assessment/1.0.0.json')).toBe(old);
    expect(latestVersion('assessment')).toBe('1.1.0');
    expect(listVersions('assessment')).toEqual(['1.0.0', '1.1.0']);
  });

  it('returns undefined for what it does not publish', () => {
    expect(getSchema('assessment', '9.9.9')).toBeUndefined();
    expect(getSchemaById('https://example.org/schema.json')).toBeUndefined();
    expect(identifyRecordSchema('https://goodday.dev/schemas/common/1.0.0.json')).toBeUndefined();
    expect(parseSchemaId('https://goodday.dev/schemas/assessment/latest.json')).toBeUndefined();
  });

  it('identifies record kinds from a $schema value', () => {
    expect(identifyRecordSchema('https://goodday.dev/schemas/assessment/1.0.0.json')).toEqual({ kind: 'assessment', version: '1.0.0' });
    expect(identifyRecordSchema('https://goodday.dev/schemas/capacity-decision/1.1.0.json')).toEqual({ kind: 'capacity-decision', version: '1.1.0' });
  });
});
