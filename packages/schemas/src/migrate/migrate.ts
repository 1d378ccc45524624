import { getSchema, identifyRecordSchema, listVersions } from '../registry.js';
import { compareVersions, schemaId, type RecordKind } from '../schema-id.js';
import { kindTable } from '../kinds.js';
import { MigrationError } from './migration-error.js';
import { firstUnfitting } from './unfitting.js';

// "an assessment" → "assessment": the kind as the kind table words it, without its article.
const kindName = (kind: RecordKind) => kindTable.find((k) => k.kind === kind)?.one.replace(/^an? /, '') ?? kind.replace(/-/g, ' ');
const major = (version: string) => version.split('.')[0];

/**
 * Moves a record to another published version of its kind, and returns the moved copy; the record passed in is
 * never changed. Moving up within a major version only rewrites `$schema`, as a minor version only adds. Moving
 * down is done only when the older version has room for everything in the record; otherwise nothing is lost, and
 * a {@link MigrationError} says which field would have been. `migrate` does not validate: validate the result.
 *
 * @throws {MigrationError} when the input is not a Good Day record, the version is not published for its kind,
 * no mapping between major versions is published, moving down would lose data, or it is nested too deeply to copy.
 */
export function migrate<R extends object = Record<string, unknown>>(record: unknown, toVersion: string): R {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    throw new MigrationError('not-a-record', 'The input is not a JSON object: migrate takes a Good Day record, an object with a "$schema" field.');
  }
  const from = (record as { $schema?: unknown }).$schema;
  const found = typeof from === 'string' ? identifyRecordSchema(from) : undefined;
  if (!found) {
    throw new MigrationError('unknown-schema', 'The record\'s "$schema" does not name a published Good Day record schema, so there is nothing to migrate from: set it to the schema the record was written for.');
  }
  const { kind, version } = found;
  const versions = listVersions(kind);
  if (typeof toVersion !== 'string' || !versions.includes(toVersion)) {
    throw new MigrationError('unknown-version', `There is no ${kindName(kind)} schema version ${JSON.stringify(String(toVersion).slice(0, 20))}: migrate to one of ${versions.join(', ')}.`);
  }
  if (major(toVersion) !== major(version)) {
    throw new MigrationError('no-mapping', `No mapping from ${kindName(kind)} ${version} to ${toVersion} is published: a major version needs one, so migrate within version ${major(version)}.`);
  }
  if (compareVersions(toVersion, version) < 0) {
    const misfit = firstUnfitting(record, getSchema(kind, toVersion)!, schemaId(kind, toVersion));
    // The record's own $schema is the one field every version has but with another value; it is rewritten below.
    if (misfit && misfit.path !== '/$schema') {
      // A path of field names and indexes is the schema's words; anything else may be the record's own, never quoted.
      const where = /^(?:\/[A-Za-z0-9$_-]{1,60}){1,20}$/.test(misfit.path) ? misfit.path : 'a field the record added';
      const code = misfit.code !== undefined && /^[a-z0-9-]{1,60}$/.test(misfit.code) ? ` ${JSON.stringify(misfit.code)}` : '';
      const what =
        misfit.why === 'no-code' ? `has no code${code} for ${where}` : misfit.why === 'too-many' ? `allows fewer items in ${where}` : `has no place for ${where}`;
      throw new MigrationError('would-lose-data', `The ${kindName(kind)} cannot go back to ${toVersion} without losing data, because ${toVersion} ${what}: keep it at ${version}.`, misfit.path);
    }
  }
  // A deep copy, so that the caller's record and the result share nothing.
  let copy: Record<string, unknown>;
  try {
    copy = structuredClone(record) as Record<string, unknown>;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new MigrationError('too-deep', 'The record is nested too deeply to copy: read it with parseRecord from @goodday/validate, whose depth limit a Good Day record always keeps within.');
  }
  return { ...copy, $schema: schemaId(kind, toVersion) } as R;
}
