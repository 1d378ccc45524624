import { parseArgs } from 'node:util';
import type { Format } from '@goodday/render';
import { defaultLimits, GoodDayInputError, readablePath } from '@goodday/validate';
import { ExitCode, UsageError } from '../exit-code.js';
import { shownPath } from '../shown-path.js';
import type { Io } from '../io.js';
import { readRecord } from '../read-record.js';
import { writeOutput } from '../write-output.js';

export const renderHelp = `Usage: goodday render [options] <file>

Write a Good Day record as a document the person can read: their words as they said them, plain labels,
dates like "3 March 2026". Records with errors are refused, with the errors.

Options:
  --format <f>    html (default), md or text
  --out <file>    write to this file instead of standard output
  --draft         render a draft or open record too
  -h, --help      show this help

Exit codes: 0 rendered; 1 the record has errors (or is a draft without --draft); 2 unusable input or usage.
`;

const FORMATS: Record<string, Format> = { html: 'html', md: 'markdown', markdown: 'markdown', text: 'text', txt: 'text' };

export async function renderCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      draft: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(renderHelp);
    return ExitCode.ok;
  }
  if (positionals.length !== 1) throw new UsageError('give one record file (see --help).');
  const format = FORMATS[values.format ?? 'html'];
  if (!format || !Object.hasOwn(FORMATS, values.format ?? 'html')) throw new UsageError(`--format must be html, md or text, not ${JSON.stringify(String(values.format).slice(0, 40))}.`);
  const file = positionals[0]!;
  // Loaded only when a record is rendered: the other commands do not pay for the templates and Handlebars.
  const { render, RenderRefusedError } = await import('@goodday/render');
  let output: string;
  try {
    output = render(await readRecord(io, file, defaultLimits), { format, drafts: values.draft === true });
  } catch (error) {
    if (error instanceof GoodDayInputError) throw new UsageError(error.message.startsWith(`${shownPath(file)}: `) ? error.message : `${shownPath(file)}: ${error.message}`);
    if (!(error instanceof RenderRefusedError)) throw error;
    io.stderr(`goodday: ${shownPath(file)}: ${error.message}\n`);
    for (const f of error.findings) io.stderr(`    error   ${f.ruleId}  at ${readablePath(f.path)}\n            ${f.message}\n`);
    return ExitCode.findings;
  }
  if (values.out !== undefined) await writeOutput(io, values.out, output);
  else io.stdout(output);
  return ExitCode.ok;
}
