import { commonSchemas } from './generated/schemas-by-name.js';
import type { JsonSchema } from './json-schema.js';
import { compareVersions, parseSchemaId } from './schema-id.js';

/** One code of a code list, with the practitioner's label (the law's or the national collection's words, where they exist) and, where there is one, the law it comes from. */
export interface Code {
  readonly code: string;
  readonly label: string;
  readonly source?: string;
}

/** The names of the shared code lists, as `$defs` in the common schema. */
export const codeListNames = [
  'WellbeingArea',
  'EligibilityOutcome',
  'UnableToAchieveLimb',
  'SubstantialDifficultyArea',
  'AdvocacyType',
  'AdviceTopic',
  'DescribedBy',
  'EnquiryType',
  'S42Condition',
  'RiskType',
  'RiskLocation',
  'RiskSource',
  'RiskAssessmentOutcome',
  'RiskOutcome',
  'LackedCapacity',
  'AskedAboutOutcomes',
  'OutcomeAchieved',
] as const;

export type CodeListName = (typeof codeListNames)[number];

const cache = new Map<string, readonly Code[]>();

// From the common schemas alone, not the registry, so that rendering one kind does not bundle every kind's schema.
const versionOf = (schema: JsonSchema) => parseSchemaId(schema.$id ?? '')?.version ?? '0.0.0';
function commonSchema(version?: string): JsonSchema | undefined {
  if (version) return commonSchemas.find((schema) => versionOf(schema) === version);
  return commonSchemas.reduce<JsonSchema | undefined>((newest, schema) => (!newest || compareVersions(versionOf(schema), versionOf(newest)) > 0 ? schema : newest), undefined);
}

/** A code list from the common schema (newest version unless one is given), read from the schema itself. */
export function codeList(name: CodeListName, commonVersion?: string): readonly Code[] {
  const key = `${name}@${commonVersion ?? ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const branches = commonSchema(commonVersion)?.$defs?.[name]?.oneOf ?? [];
  const list = Object.freeze(
    branches.map((b) =>
      Object.freeze({ code: String(b.const), label: b.title ?? String(b.const), ...(b.description ? { source: b.description } : {}) }),
    ),
  );
  cache.set(key, list);
  return list;
}

/** The practitioner's label for a code (the statutory wording, as returns use it), or the code itself when the list does not have it; `plainLabel` gives the person's. */
export function codeLabel(name: CodeListName, code: string): string {
  return codeList(name).find((c) => c.code === code)?.label ?? code;
}
