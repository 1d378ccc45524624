import type { JsonSchema, RecordKind } from '@goodday/schemas';
import { GoodDayInputError } from '@goodday/validate';
import { formSchemas } from './generated/index.js';

const kindName = (kind: string) => kind.replace(/-/g, ' ');

/** The published versions that have a form, for a kind, oldest first. */
export function formVersions(kind: RecordKind): readonly string[] {
  return formSchemas.filter((f) => f.kind === kind).map((f) => f.version);
}

/**
 * The form-ready schema of a kind (the newest version unless one is given): one self-contained draft-07
 * document that JSON Forms and react-jsonschema-form take as it is. Every `$ref` is resolved in place and each
 * field keeps its own title, description and `x-prompt`; code lists are typed strings (they render as choices);
 * `$schema` is fixed to the record schema's `$id`. A new copy each call, so a caller may change it freely.
 *
 * @throws {GoodDayInputError} (`unknown-schema`) when the kind or version has no form.
 */
export function formSchema(kind: RecordKind, version?: string): JsonSchema {
  return structuredClone(sharedFormSchema(kind, version));
}

/** The form schema itself, not a copy: for this package's own reading, which never changes it. */
export function sharedFormSchema(kind: RecordKind, version?: string): JsonSchema {
  const versions = formVersions(kind);
  const wanted = version ?? versions.at(-1);
  const found = formSchemas.find((f) => f.kind === kind && f.version === wanted);
  if (!found) {
    const known = versions.length > 0 ? `the published versions are ${versions.join(', ')}` : 'it is not a Good Day record kind';
    throw new GoodDayInputError('unknown-schema', `There is no form for ${JSON.stringify(kindName(String(kind)).slice(0, 40))}${version === undefined ? '' : ` version ${JSON.stringify(String(version).slice(0, 20))}`}: ${known}.`);
  }
  return found.schema;
}
