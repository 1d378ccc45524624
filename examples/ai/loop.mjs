// The loop an AI tool runs, offline: transcript → model → fromModelOutput → stamp → validate → feedback → model
// again, until the record is valid or three rounds have passed. Prints each round; never prints what the record says.
import { readFileSync } from 'node:fs';
import { stamp } from '@goodday/forms';
import { feedback, fromModelOutput, llmSchema } from '@goodday/llm';
import { validate } from '@goodday/validate';
import { scriptedModel } from './scripted-model.mjs';

const provider = process.argv.includes('--anthropic') ? 'anthropic' : 'openai';
const transcript = readFileSync(new URL('./transcript.txt', import.meta.url), 'utf8');
// When the conversation happened: every part the model drafts from it was said then.
const spokenAt = '2026-03-02T10:00:00Z';
const schema = llmSchema('assessment', { provider });
console.log(`An assessment drafted from a ${transcript.split('\n').length}-line transcript, held to the ${provider} schema (${schema.sections.length} section${schema.sections.length === 1 ? '' : 's'}).`);

let saved;
let draft;
let instructions = [];
for (let round = 1; round <= 3; round += 1) {
  const answer = scriptedModel({ schema, transcript, previous: draft, instructions });
  draft = fromModelOutput('assessment', answer);
  saved = stamp(saved, draft, spokenAt, { role: 'social worker' });
  const report = validate(saved, { language: true });
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.length - errors;
  console.log(`\nRound ${round}: ${report.valid ? 'valid' : 'not valid'}, ${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'}.`);
  const result = feedback(report);
  instructions = result.instructions;
  console.log(result.text.replace(/^/gm, '  '));
  if (report.valid && report.findings.length === 0) break;
}
console.log(`\nThe record has ${Object.keys(saved).length} fields: ${Object.keys(saved).join(', ')}.`);
