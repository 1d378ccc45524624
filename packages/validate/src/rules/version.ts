import { compareVersions, parseSchemaId } from '@goodday/schemas';

/**
 * True when the record names a schema version at or after `version`. A rule that reads a field a version added
 * applies only from that version: an older record cannot say it, so it is never failed for lacking it.
 */
export function fromVersion(record: { readonly $schema?: unknown }, version: string): boolean {
  const parsed = typeof record.$schema === 'string' ? parseSchemaId(record.$schema) : undefined;
  return parsed !== undefined && compareVersions(parsed.version, version) >= 0;
}
