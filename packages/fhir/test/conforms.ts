// Our own check that a QuestionnaireResponse answers its Questionnaire: every linkId is an item at that place, each
// answer is of the item's type (a choice's code in its ValueSet), a question that does not repeat has one answer,
// and every required item is there unless the unmapped-fields extension carries its field.
import { UNMAPPED_EXTENSION } from '../src/extensions.js';
import type { Questionnaire, QuestionnaireItem, QuestionnaireResponse, QuestionnaireResponseAnswer, QuestionnaireResponseItem } from '../src/fhir-types.js';

const VALUE: Record<string, keyof QuestionnaireResponseAnswer> = {
  string: 'valueString',
  text: 'valueString',
  boolean: 'valueBoolean',
  date: 'valueDate',
  dateTime: 'valueDateTime',
  integer: 'valueInteger',
  decimal: 'valueDecimal',
  choice: 'valueCoding',
};

const carried = (extension: QuestionnaireResponseItem['extension']): string[] =>
  (extension ?? []).filter((e) => e.url === UNMAPPED_EXTENSION).flatMap((e) => Object.keys(JSON.parse(e.valueString ?? '{}') as object));

/** Every way the response fails to answer the Questionnaire; empty when it conforms. */
export function nonConformance(response: QuestionnaireResponse, questionnaire: Questionnaire): string[] {
  const problems: string[] = [];
  if (response.questionnaire !== `${questionnaire.url}|${questionnaire.version}`) problems.push(`names ${response.questionnaire}`);
  const codes = new Map(questionnaire.contained.map((v) => [`#${v.id}`, { system: v.compose.include[0]!.system, codes: new Set(v.compose.include[0]!.concept.map((c) => c.code)) }]));
  const check = (answered: readonly QuestionnaireResponseItem[] | undefined, items: readonly QuestionnaireItem[], extension: QuestionnaireResponseItem['extension'], where: string) => {
    const questions = items.filter((i) => i.type !== 'display');
    const seen = new Map<string, number>();
    for (const r of answered ?? []) {
      const item = questions.find((i) => i.linkId === r.linkId);
      if (!item) {
        problems.push(`${r.linkId} is not an item inside ${where}`);
        continue;
      }
      seen.set(r.linkId, (seen.get(r.linkId) ?? 0) + 1);
      if (item.type === 'group') {
        if (r.answer) problems.push(`${r.linkId}: a group with answers`);
        check(r.item, item.item ?? [], r.extension, r.linkId);
        continue;
      }
      if (r.item) problems.push(`${r.linkId}: a question with items`);
      if (!r.answer || r.answer.length === 0) problems.push(`${r.linkId}: no answer`);
      if (!item.repeats && (r.answer?.length ?? 0) > 1) problems.push(`${r.linkId}: ${r.answer?.length} answers to a question that does not repeat`);
      for (const answer of r.answer ?? []) {
        const keys = Object.keys(answer);
        if (keys.length !== 1 || keys[0] !== VALUE[item.type]) problems.push(`${r.linkId}: ${keys.join(', ')} for a ${item.type} item`);
        if (item.type === 'choice') {
          const list = codes.get(item.answerValueSet ?? '');
          if (!list || answer.valueCoding?.system !== list.system || !list.codes.has(answer.valueCoding?.code ?? '')) problems.push(`${r.linkId}: a code not in ${item.answerValueSet}`);
        }
        if (typeof answer.valueString === 'string' && item.maxLength !== undefined && answer.valueString.length > item.maxLength) problems.push(`${r.linkId}: longer than ${item.maxLength}`);
      }
    }
    for (const [linkId, count] of seen) if (count > 1 && !questions.find((i) => i.linkId === linkId)?.repeats) problems.push(`${linkId}: ${count} items for one that does not repeat`);
    const carriedKeys = new Set(carried(extension));
    for (const item of questions) {
      const key = item.linkId.slice(item.linkId.lastIndexOf('/') + 1);
      if (item.required && !seen.has(item.linkId) && !carriedKeys.has(key)) problems.push(`${item.linkId} is required inside ${where}, and missing`);
    }
  };
  check(response.item, questionnaire.item, response.extension, 'the response');
  return problems;
}
