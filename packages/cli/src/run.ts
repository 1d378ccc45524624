import { auditCommand, auditHelp } from './commands/audit.js';
import { cldCommand, cldHelp } from './commands/cld.js';
import { fhirCommand, fhirHelp } from './commands/fhir.js';
import { lintCommand, lintHelp } from './commands/lint.js';
import { migrateCommand, migrateHelp } from './commands/migrate.js';
import { renderCommand, renderHelp } from './commands/render.js';
import { schemaCommand, schemaHelp } from './commands/schema.js';
import { validateCommand, validateHelp } from './commands/validate.js';
import { ExitCode, UsageError } from './exit-code.js';
import { processIo, type Io } from './io.js';
import { escapeControls } from './one-line.js';
import cliPackage from '../package.json' with { type: 'json' };

const commands: Record<string, { run: (args: string[], io: Io) => Promise<number>; help: string; summary: string }> = {
  validate: { run: validateCommand, help: validateHelp, summary: 'check records against their schema and the practice rules' },
  audit: { run: auditCommand, help: auditHelp, summary: 'check a whole export of records: rules, safeguarding outcomes, language' },
  cld: { run: cldCommand, help: cldHelp, summary: 'write the Client Level Data events the records imply for a period, as CSV' },
  lint: { run: lintCommand, help: lintHelp, summary: 'find labels and jargon in text, and score how easy it is to read' },
  render: { run: renderCommand, help: renderHelp, summary: 'write a record as a document the person can read' },
  schema: { run: schemaCommand, help: schemaHelp, summary: 'print a schema, or list them all' },
  migrate: { run: migrateCommand, help: migrateHelp, summary: 'move records to another version of their schema, losing nothing' },
  fhir: { run: fhirCommand, help: fhirHelp, summary: 'FHIR R4: a Questionnaire for a kind, a record as a QuestionnaireResponse and back' },
};

export const mainHelp = `Usage: goodday <command> [options]

Good Day: strengths-based adult social care records for England.

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

Run \`goodday <command> --help\` for a command's options, \`goodday --version\` for the version.
Exit codes: 0 no errors; 1 error findings; 2 unusable input or usage.
`;

// Own keys only: "constructor" or "toString" is not a command, though every object has one.
const commandNamed = (name: string) => (Object.hasOwn(commands, name) ? commands[name] : undefined);

/** Runs the goodday command with the given arguments; resolves to the exit code. Never throws. */
export async function run(argv: readonly string[], given: Io = processIo): Promise<number> {
  // Every message on standard error has its control characters escaped, whatever part of the input it quotes.
  const io: Io = { ...given, stderr: (text) => given.stderr(escapeControls(text)), progress: (text) => (given.progress ?? given.stderr)(text) };
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      const topic = name === 'help' && rest[0] ? commandNamed(rest[0]) : undefined;
      if (name === 'help' && rest[0] && !topic) throw new UsageError(`no help on ${JSON.stringify(rest[0].slice(0, 40))}: use one of ${Object.keys(commands).join(', ')}.`);
      // With no command at all, the usage goes to standard error, as the reason for exit 2.
      if (name === undefined) io.stderr(mainHelp);
      else io.stdout(topic ? topic.help : mainHelp);
      return name === undefined ? ExitCode.unusable : ExitCode.ok;
    }
    if (name === '--version' || name === '-V') {
      io.stdout(`goodday ${cliPackage.version}\n`);
      return ExitCode.ok;
    }
    const command = commandNamed(name);
    if (!command) throw new UsageError(`unknown command ${JSON.stringify(name.slice(0, 40))}: use one of ${Object.keys(commands).join(', ')}.`);
    return await command.run(rest, io);
  } catch (error) {
    // Option-parsing errors from node:util carry a code; both they and ours are one-line usage problems.
    const fromNode = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') === true;
    const isUsage = error instanceof UsageError || fromNode;
    // A stack overflow (a record nested past what this machine's stack holds) is the input's, not ours.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      io.stderr('goodday: the input is nested too deeply to check: lower --max-depth, or split the record.\n');
      return ExitCode.unusable;
    }
    const first = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    // Node's own messages quote the option in full, twice: a hostile one of any length would flood the line.
    const message = fromNode ? first.replace(/(['"])([^'"]{40})[^'"]+\1/g, '$1$2…$1') : first;
    io.stderr(isUsage ? `goodday: ${message}\n` : `goodday: internal error: ${message} (please report this)\n`);
    return ExitCode.unusable;
  }
}
