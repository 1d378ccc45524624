import type { RecordKind } from '@goodday/schemas';
import { FhirError } from './fhir-error.js';
import type { Questionnaire } from './fhir-types.js';
import { questionnaires } from './generated/index.js';

const kindName = (kind: string) => JSON.stringify(kind.replace(/-/g, ' ').slice(0, 40));

/** The published versions that have a Questionnaire, for a kind, oldest first. */
export function questionnaireVersions(kind: RecordKind): readonly string[] {
  return questionnaires.filter((q) => q.kind === kind).map((q) => q.version);
}

/**
 * The FHIR R4 Questionnaire (SDC) of a record kind, the newest version unless one is given: generated from the
 * schema, in the order of the conversation. `url` and `version` are the schema's `$id` and version, so a
 * QuestionnaireResponse that names it names the schema too. A new copy each call, so a caller may change it freely.
 *
 * @throws {FhirError} (`unknown-schema`) when Good Day publishes no such kind or version.
 */
export function toQuestionnaire(kind: RecordKind, version?: string): Questionnaire {
  return structuredClone(sharedQuestionnaire(kind, version));
}

/** The Questionnaire itself, not a copy: for this package's own reading, which never changes it. */
export function sharedQuestionnaire(kind: RecordKind, version?: string): Questionnaire {
  const versions = questionnaireVersions(kind);
  const wanted = version ?? versions.at(-1);
  const found = questionnaires.find((q) => q.kind === kind && q.version === wanted);
  if (!found) {
    const known = versions.length > 0 ? `the published versions are ${versions.join(', ')}` : 'it is not a Good Day record kind';
    throw new FhirError('unknown-schema', `There is no Questionnaire for ${kindName(String(kind))}${version === undefined ? '' : ` version ${JSON.stringify(String(version).slice(0, 20))}`}: ${known}.`);
  }
  return found.questionnaire;
}

/** The Questionnaire whose url is a record's `$schema`, or whose canonical (`url|version`) a response names. */
export function questionnaireFor(reference: string): Questionnaire | undefined {
  const [url, version] = reference.split('|');
  return questionnaires.find((q) => q.questionnaire.url === url && (version === undefined || q.questionnaire.version === version))?.questionnaire;
}
