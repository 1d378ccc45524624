import { describe, expect, it, vi } from 'vitest';
import { schemaId } from '../schema-id.js';
import { migrate } from './migrate.js';

// No kind has a second major version yet; this file's registry publishes an assessment 2.0.0 without a mapping.
vi.mock('../registry.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../registry.js')>();
  return { ...actual, listVersions: (name: string) => (name === 'assessment' ? [...actual.listVersions(name), '2.0.0'] : actual.listVersions(name as never)) };
});

describe('migrate across major versions', () => {
  it('refuses a major upgrade with no published mapping, naming the version to stay within', () => {
    const record = { $schema: schemaId('assessment', '1.1.0'), id: 'asmt-1', status: 'draft' };
    let error: unknown;
    try {
      migrate(record, '2.0.0');
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({
      name: 'MigrationError',
      code: 'no-mapping',
      message: 'No mapping from assessment 1.1.0 to 2.0.0 is published: a major version needs one, so migrate within version 1.',
    });
    expect(record.$schema).toBe(schemaId('assessment', '1.1.0'));
  });

  it('still moves within the major version when a later major exists', () => {
    const record = { $schema: schemaId('assessment', '1.0.0'), id: 'asmt-1', status: 'draft' };
    expect(migrate(record, '1.1.0')).toEqual({ ...record, $schema: schemaId('assessment', '1.1.0') });
  });
});
