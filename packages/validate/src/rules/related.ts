import type { RecordKind } from '@goodday/schemas';
import type { ValidationContext, Violation } from '../rule.js';

/** The related record of a kind that the caller gave (`context.related`, CLI `--with`), found by id and schema version; undefined when it is not there. */
export function findRelated<T>(context: ValidationContext, kind: RecordKind, id: string, version: string): Partial<T> | undefined {
  const schemaId = `https://goodday.dev/schemas/${kind}/${version}.json`;
  return (context.related ?? []).find((r): r is Partial<T> => {
    const candidate = r as { $schema?: unknown; id?: unknown } | null;
    return candidate !== null && typeof candidate === 'object' && candidate.$schema === schemaId && candidate.id === id;
  });
}

/** The finding when the record a record names (`what`: "plan", "assessment") is not among the related records given. */
export const notAmongRelated = (path: string, what: string, id: string, version: string): Violation => ({
  path,
  message: `The ${what} ${id} (version ${version}) is not among the related records given: check the id and version, or give the right ${what}.`,
});
