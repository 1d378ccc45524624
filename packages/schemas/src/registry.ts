import { publishedSchemas } from './generated/published.js';
import type { JsonSchema } from './json-schema.js';
import { compareVersions, isRecordKind, parseSchemaId, type RecordKind, type SchemaName } from './schema-id.js';

/** One published schema version. */
export interface SchemaEntry {
  readonly name: SchemaName;
  readonly version: string;
  readonly $id: string;
  readonly title: string;
  readonly schema: JsonSchema;
}

// Built on first use, not on load: a bundle that calls no lookup here then drops the registry and every schema in it.
let built: { readonly entries: readonly SchemaEntry[]; readonly byId: ReadonlyMap<string, SchemaEntry> } | undefined;

function registry() {
  if (built) return built;
  const entries = publishedSchemas
    .map((schema): SchemaEntry => {
      const parsed = parseSchemaId(schema.$id ?? '');
      if (!parsed) throw new Error(`Schema ${schema.$id} has no Good Day $id.`);
      return { name: parsed.name as SchemaName, version: parsed.version, $id: schema.$id!, title: schema.title ?? parsed.name, schema };
    })
    // Plain comparison, not localeCompare: names are ASCII, and a collator costs milliseconds at start-up.
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : compareVersions(a.version, b.version)));
  return (built = { entries, byId: new Map(entries.map((e) => [e.$id, e])) });
}

/** Every published schema, common building blocks included, oldest version first within each name. */
export function listSchemas(): readonly SchemaEntry[] {
  return registry().entries;
}

/** The published versions of a schema, oldest first. */
export function listVersions(name: SchemaName): readonly string[] {
  return registry().entries.filter((e) => e.name === name).map((e) => e.version);
}

/** The newest published version of a schema. */
export function latestVersion(name: SchemaName): string | undefined {
  return listVersions(name).at(-1);
}

/** A schema by name and version (the newest when no version is given); `undefined` when there is none. */
export function getSchema(name: SchemaName, version?: string): JsonSchema | undefined {
  const v = version ?? latestVersion(name);
  return registry().entries.find((e) => e.name === name && e.version === v)?.schema;
}

/** A schema by its `$id`; `undefined` when Good Day publishes no schema with that id. */
export function getSchemaById(id: string): JsonSchema | undefined {
  return registry().byId.get(id)?.schema;
}

/** The registry entry for a `$id`, or `undefined`. */
export function getSchemaEntry(id: string): SchemaEntry | undefined {
  return registry().byId.get(id);
}

/** Which record kind and version a `$schema` value names, or `undefined` for anything else. */
export function identifyRecordSchema(id: string): { kind: RecordKind; version: string } | undefined {
  const entry = registry().byId.get(id);
  return entry && isRecordKind(entry.name) ? { kind: entry.name, version: entry.version } : undefined;
}
