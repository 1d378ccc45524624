import { FhirError } from './fhir-error.js';
import type { Questionnaire, QuestionnaireItem } from './fhir-types.js';
import { UNMAPPED_EXTENSION } from './extensions.js';
import { codeListOf, keyOf, put, valueOf } from './answer.js';
import { questionnaireFor } from './questionnaire.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const questionsOf = (item: { readonly item?: readonly QuestionnaireItem[] }) => (item.item ?? []).filter((c) => c.type !== 'display');
// A linkId is a JSON Pointer the Questionnaire made; quoting one in a message says where, never what the person said.
const at = (linkId: string) => JSON.stringify(linkId.slice(0, 120));

/** The fields the unmapped-fields extension carries, on a response or one of its items. */
function unmappedOf(extensions: unknown, where: string): Record<string, unknown> {
  if (extensions === undefined) return {};
  if (!Array.isArray(extensions)) throw new FhirError('not-a-response', `The extensions of ${where} are not a list: a FHIR "extension" is a JSON array.`);
  const out: Record<string, unknown> = {};
  for (const extension of extensions as unknown[]) {
    if (!isObject(extension) || extension.url !== UNMAPPED_EXTENSION) continue;
    let fields: unknown;
    try {
      fields = JSON.parse(String(extension.valueString));
    } catch {
      fields = undefined;
    }
    if (!isObject(fields)) throw new FhirError('wrong-answer', `The unmapped-fields extension on ${where} is not a JSON object in valueString: leave it as toQuestionnaireResponse wrote it.`);
    for (const [key, value] of Object.entries(fields)) put(out, key, value);
  }
  return out;
}

class Reader {
  constructor(private readonly questionnaire: Questionnaire) {}

  /** An object from the response items under one Questionnaire item (or the Questionnaire itself). */
  object(responseItems: unknown, items: readonly QuestionnaireItem[], where: string): Record<string, unknown> {
    if (responseItems === undefined) return {};
    if (!Array.isArray(responseItems)) throw new FhirError('not-a-response', `The items of ${where} are not a list: a FHIR "item" is a JSON array.`);
    const byLinkId = new Map(items.map((i) => [i.linkId, i]));
    const grouped = new Map<QuestionnaireItem, Record<string, unknown>[]>();
    for (const responseItem of responseItems as unknown[]) {
      if (!isObject(responseItem) || typeof responseItem.linkId !== 'string') throw new FhirError('not-a-response', `An item of ${where} has no linkId: every QuestionnaireResponse item names the Questionnaire item it answers.`);
      const item = byLinkId.get(responseItem.linkId) ?? fail('unknown-item', `The Questionnaire has no item ${at(responseItem.linkId)} inside ${where}: answer only the items of ${this.questionnaire.url}|${this.questionnaire.version}.`);
      grouped.set(item, [...(grouped.get(item) ?? []), responseItem]);
    }
    const out: Record<string, unknown> = {};
    for (const [item, answered] of grouped) put(out, keyOf(item.linkId), this.value(item, answered));
    return out;
  }

  /** The value of a field from the response items that answer its Questionnaire item. */
  value(item: QuestionnaireItem, answered: readonly Record<string, unknown>[]): unknown {
    if (item.type === 'group') {
      if (!item.repeats && answered.length > 1) fail('wrong-answer', `The item ${at(item.linkId)} does not repeat, but the response answers it ${answered.length} times: answer it once.`);
      const values = answered.map((r) => {
        if (r.answer !== undefined) fail('wrong-answer', `The group ${at(item.linkId)} has answers of its own: put them in its items instead.`);
        const value = this.object(r.item, questionsOf(item), at(item.linkId));
        for (const [key, field] of Object.entries(unmappedOf(r.extension, at(item.linkId)))) put(value, key, field);
        return value;
      });
      return item.repeats ? values : values[0];
    }
    if (answered.length > 1) fail('wrong-answer', `The question ${at(item.linkId)} is answered in ${answered.length} items: put every answer to it in one item, as FHIR asks.`);
    const answers = answered[0]?.answer;
    if (!Array.isArray(answers) || answers.length === 0) fail('wrong-answer', `The question ${at(item.linkId)} has no answer: leave the item out when there is nothing to say.`);
    if (!item.repeats && answers.length > 1) fail('wrong-answer', `The question ${at(item.linkId)} takes one answer, but has ${answers.length}: give one.`);
    const codes = item.type === 'choice' ? codeListOf(item, this.questionnaire.contained) : undefined;
    const values = (answers as unknown[]).map((answer) => {
      const value = isObject(answer) ? valueOf(item, answer, codes) : undefined;
      if (value === undefined) fail('wrong-answer', `An answer to ${at(item.linkId)} is not of its type (${item.type}${codes ? ` from ${codes.system}` : ''}): answer it as the Questionnaire asks.`);
      return value;
    });
    return item.repeats ? values : values[0];
  }
}

function fail(code: 'unknown-item' | 'wrong-answer', message: string): never {
  throw new FhirError(code, message);
}

/**
 * The record a FHIR R4 QuestionnaireResponse holds: the inverse of `toQuestionnaireResponse`. The response names
 * its Questionnaire (`url|version`), and so the record's schema, which becomes the record's `$schema`. Fields carried
 * in the {@link UNMAPPED_EXTENSION} extension come back as they were. The response is not changed.
 *
 * @throws {FhirError} when the input is not a QuestionnaireResponse to a Good Day Questionnaire, or an answer does
 * not fit its item (`not-a-response`, `unknown-questionnaire`, `unknown-item`, `wrong-answer`).
 */
export function fromQuestionnaireResponse(response: unknown): Record<string, unknown> {
  if (!isObject(response) || response.resourceType !== 'QuestionnaireResponse') {
    throw new FhirError('not-a-response', 'This is not a FHIR QuestionnaireResponse: pass a JSON object with "resourceType": "QuestionnaireResponse".');
  }
  const canonical = response.questionnaire;
  const questionnaire = typeof canonical === 'string' && canonical.includes('|') ? questionnaireFor(canonical) : undefined;
  if (!questionnaire) {
    throw new FhirError('unknown-questionnaire', 'The response does not name a Good Day Questionnaire as "questionnaire": url|version: use the url and version of one toQuestionnaire gives, such as https://goodday.dev/schemas/assessment/1.1.0.json|1.1.0.');
  }
  const reader = new Reader(questionnaire);
  const fields = reader.object(response.item, questionsOf(questionnaire), 'the response');
  const record: Record<string, unknown> = { $schema: questionnaire.url };
  for (const [key, value] of [...Object.entries(fields), ...Object.entries(unmappedOf(response.extension, 'the response'))]) put(record, key, value);
  return record;
}
