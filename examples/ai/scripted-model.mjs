// A stand-in for a model, so that the loop runs offline and the same every time. It "reads" the transcript as the
// example record it was written from; its first answer breaks a few rules, and later answers do what the feedback says.
import { readFileSync } from 'node:fs';
import { toModelShape } from '@goodday/llm';

const truth = JSON.parse(readFileSync(new URL('../records/assessment/complete-eligible.json', import.meta.url), 'utf8'));

const segments = (pointer) => (pointer === '' ? [] : pointer.slice(1).split('/'));
const get = (node, pointer) => segments(pointer).reduce((n, s) => n?.[s], node);
const set = (node, pointer, value) => {
  const path = segments(pointer);
  const last = path.pop();
  path.reduce((n, s) => n[s], node)[last] = value;
};

/** The first draft: no good day, a need without its impact on wellbeing, an unclassified strength, and a label. */
function firstDraft() {
  const draft = structuredClone(truth);
  delete draft.goodDay;
  delete draft.needs[1].wellbeingImpact;
  delete draft.strengths[2].type;
  delete draft.strengths[2].sphere;
  draft.needs[0].practitionerDescription.text = `The service user ${draft.needs[0].practitionerDescription.text.replace(/^Lily /, '')}`;
  return draft;
}

/** What following one instruction means: the language ones say the words to use; the rest are read from the transcript. */
function follow(draft, instruction) {
  if (instruction.ruleId.startsWith('language/')) {
    const [label, instead] = [...instruction.text.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    set(draft, instruction.path, String(get(draft, instruction.path)).replace(new RegExp(label, 'i'), instead === "the person's name" ? truth.person.preferredName : instead));
    return;
  }
  // A finding on the whole record names the field to fill ("record it … in goodDay").
  const path = instruction.path !== '' ? instruction.path : `/${Object.keys(truth).find((key) => new RegExp(`(\\bin |\\()${key.replace('$', '\\$')}\\b`).test(instruction.text) && !(key in draft))}`;
  if (get(truth, path) !== undefined) set(draft, path, structuredClone(get(truth, path)));
}

/**
 * One answer to the schema: one object a section, in the model's shape (every field present, null where unknown;
 * `recordedAt` always null, because a model cannot know when things were said).
 * @param {{ schema: import('@goodday/llm').LlmSchema, transcript: string, previous?: object, instructions?: readonly import('@goodday/llm').Instruction[] }} request
 */
export function scriptedModel({ schema, previous, instructions = [] }) {
  const draft = previous ? structuredClone(previous) : firstDraft();
  for (const instruction of instructions) follow(draft, instruction);
  const shaped = toModelShape(draft, schema);
  return JSON.parse(JSON.stringify(shaped), (key, value) => (key === 'recordedAt' ? null : value));
}
