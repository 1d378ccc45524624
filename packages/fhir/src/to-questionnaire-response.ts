import { FhirError } from './fhir-error.js';
import type { Extension, Questionnaire, QuestionnaireItem, QuestionnaireResponse, QuestionnaireResponseAnswer, QuestionnaireResponseItem } from './fhir-types.js';
import { UNMAPPED_EXTENSION } from './extensions.js';
import { answerFor, codeListOf, keyOf, put, unmappedText } from './answer.js';
import { questionnaireFor } from './questionnaire.js';

// Record statuses that mean the record is finished; any other is work in progress.
const FINISHED = new Set(['complete', 'concluded']);
// A record id as the schemas allow it: the response's identifier too.
const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const questionsOf = (item: { readonly item?: readonly QuestionnaireItem[] }) => (item.item ?? []).filter((c) => c.type !== 'display');

/** The unmapped-fields extension for what an object's items could not hold, when there is any. */
function unmapped(fields: Record<string, unknown>): { extension?: Extension[] } {
  if (Object.keys(fields).length === 0) return {};
  let text: string;
  try {
    text = unmappedText(fields);
  } catch (error) {
    // JSON.stringify recurses: a value nested past what the stack holds is the input's problem, said in one line.
    if (error instanceof RangeError) throw new FhirError('not-a-record', 'The record holds a value nested too deeply to write down: check it against its schema and split it.');
    throw error;
  }
  return { extension: [{ url: UNMAPPED_EXTENSION, valueString: text }] };
}

class Writer {
  constructor(private readonly questionnaire: Questionnaire) {}

  /** The response items for an object's fields, and the fields no item could hold. */
  fields(value: Record<string, unknown>, items: readonly QuestionnaireItem[], skip: ReadonlySet<string>): { items: QuestionnaireResponseItem[]; unmapped: Record<string, unknown> } {
    const byKey = new Map(items.map((i) => [keyOf(i.linkId), i]));
    const out: QuestionnaireResponseItem[] = [];
    const left: Record<string, unknown> = {};
    const written = new Map<string, QuestionnaireResponseItem[]>();
    for (const [key, field] of Object.entries(value)) {
      if (skip.has(key)) continue;
      const item = byKey.get(key);
      const made = item && field !== undefined ? this.item(item, field) : undefined;
      if (made) written.set(key, made);
      else if (field !== undefined) put(left, key, field);
    }
    // In the Questionnaire's order, whatever order the record's fields came in.
    for (const item of items) out.push(...(written.get(keyOf(item.linkId)) ?? []));
    return { items: out, unmapped: left };
  }

  /** The response items for one field (a repeating group gives one each), or `undefined` when they cannot hold it. */
  item(item: QuestionnaireItem, value: unknown): QuestionnaireResponseItem[] | undefined {
    const head = { linkId: item.linkId, ...(item.text === undefined ? {} : { text: item.text }) };
    if (item.type === 'group') {
      const values = item.repeats ? value : [value];
      if (!Array.isArray(values) || values.length === 0 || !values.every(isObject)) return undefined;
      return values.map((v) => {
        const { items, unmapped: left } = this.fields(v, questionsOf(item), new Set());
        return { ...head, ...unmapped(left), ...(items.length > 0 ? { item: items } : {}) };
      });
    }
    const values = item.repeats ? value : [value];
    if (!Array.isArray(values) || values.length === 0) return undefined;
    const codes = item.type === 'choice' ? codeListOf(item, this.questionnaire.contained) : undefined;
    const answers: QuestionnaireResponseAnswer[] = [];
    for (const v of values) {
      const answer = answerFor(item, v, codes);
      if (!answer) return undefined;
      answers.push(answer);
    }
    return [{ ...head, answer: answers }];
  }
}

/**
 * A record as a FHIR R4 QuestionnaireResponse to the Questionnaire of its schema (`toQuestionnaire`): one item per
 * field, in the Questionnaire's order, a repeating group's items one per list entry. What no item can hold (an
 * empty string or list, a value the schema does not allow) is carried as JSON in the {@link UNMAPPED_EXTENSION}
 * extension, so `fromQuestionnaireResponse` gives back the same record. The record is not changed.
 *
 * @throws {FhirError} (`not-a-record`, `unknown-schema`) when the input is not an object naming a published schema.
 */
export function toQuestionnaireResponse(record: unknown): QuestionnaireResponse {
  if (!isObject(record)) throw new FhirError('not-a-record', 'A record must be a JSON object: pass the parsed record, not its text or a list of records.');
  const schema = record.$schema;
  if (typeof schema !== 'string') throw new FhirError('not-a-record', 'The record has no "$schema": add the $id of the schema it was written to, such as https://goodday.dev/schemas/assessment/1.1.0.json.');
  const questionnaire = schema.includes('|') ? undefined : questionnaireFor(schema);
  if (!questionnaire) throw new FhirError('unknown-schema', `The record's "$schema" is not a schema Good Day publishes a Questionnaire for: use the $id of a published schema, such as https://goodday.dev/schemas/assessment/1.1.0.json.`);
  const { items, unmapped: left } = new Writer(questionnaire).fields(record, questionsOf(questionnaire), new Set(['$schema']));
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: `${questionnaire.url}|${questionnaire.version}`,
    status: FINISHED.has(String(record.status)) ? 'completed' : 'in-progress',
    ...(typeof record.id === 'string' && RECORD_ID.test(record.id) ? { identifier: { value: record.id } } : {}),
    ...unmapped(left),
    ...(items.length > 0 ? { item: items } : {}),
  };
}
