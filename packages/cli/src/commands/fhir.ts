import { parseArgs } from 'node:util';
import { fromQuestionnaireResponse, isFhirError, questionnaireVersions, toQuestionnaire, toQuestionnaireResponse } from '@goodday/fhir';
import { recordKinds, type RecordKind } from '@goodday/schemas';
import { defaultLimits, GoodDayInputError } from '@goodday/validate';
import { ExitCode, UsageError } from '../exit-code.js';
import type { Io } from '../io.js';
import { readRecord } from '../read-record.js';
import { shownPath } from '../shown-path.js';

export const fhirHelp = `Usage: goodday fhir questionnaire <kind> [--version <v>]
       goodday fhir response <record file>
       goodday fhir record <response file>

FHIR R4 for shared care records.
  questionnaire  print the Questionnaire (SDC) of a kind: ${recordKinds.join(', ')}
  response       print a record as a QuestionnaireResponse to its schema's Questionnaire
  record         print the record a QuestionnaireResponse holds (the inverse of response)

Options:
  --version <v>   a published version, for questionnaire (default: the newest)
  -h, --help      show this help

Exit codes: 0 printed; 2 the file is unusable (missing, not JSON, not a record or response Good Day
knows) or the options are wrong.
`;

const ACTIONS = ['questionnaire', 'response', 'record'];

export async function fhirCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { version: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.stdout(fhirHelp);
    return ExitCode.ok;
  }
  const [action, target, ...more] = positionals;
  if (action === undefined || !ACTIONS.includes(action)) {
    throw new UsageError(`${action === undefined ? 'say what to print' : `unknown fhir action ${JSON.stringify(action.slice(0, 40))}`}: use one of ${ACTIONS.join(', ')} (see \`goodday fhir --help\`).`);
  }
  if (target === undefined || more.length > 0) throw new UsageError(`fhir ${action} takes one ${action === 'questionnaire' ? 'kind' : 'file'}: run \`goodday fhir ${action} <${action === 'questionnaire' ? 'kind' : 'file'}>\`.`);
  if (action === 'questionnaire') {
    if (!(recordKinds as readonly string[]).includes(target)) throw new UsageError(`unknown kind ${JSON.stringify(target.slice(0, 40))}: use one of ${recordKinds.join(', ')}.`);
    const kind = target as RecordKind;
    if (values.version !== undefined && !questionnaireVersions(kind).includes(values.version)) {
      throw new UsageError(`${kind} has no version ${JSON.stringify(values.version.slice(0, 40))}: published versions are ${questionnaireVersions(kind).join(', ')}.`);
    }
    io.stdout(`${JSON.stringify(toQuestionnaire(kind, values.version), null, 2)}\n`);
    return ExitCode.ok;
  }
  if (values.version !== undefined) throw new UsageError(`--version is for fhir questionnaire: a ${action === 'response' ? "record's" : "response's"} own schema names its version.`);
  try {
    const input = await readRecord(io, target, defaultLimits);
    const output = action === 'response' ? toQuestionnaireResponse(input) : fromQuestionnaireResponse(input);
    io.stdout(`${JSON.stringify(output, null, 2)}\n`);
    return ExitCode.ok;
  } catch (error) {
    if (!(error instanceof GoodDayInputError) && !isFhirError(error)) throw error;
    const message = error.message.startsWith(`${shownPath(target)}: `) ? error.message : `${shownPath(target)}: ${error.message}`;
    io.stderr(`goodday: ${message}\n`);
    return ExitCode.unusable;
  }
}
