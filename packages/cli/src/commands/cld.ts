import { parseArgs } from 'node:util';
import type { CldField } from '@goodday/cld';
import { ExitCode, UsageError } from '../exit-code.js';
import type { Io } from '../io.js';
import { shownPath } from '../shown-path.js';
import { appendOutput, writeOutput } from '../write-output.js';

export const cldHelp = `Usage: goodday cld [options] --la <code> --from <date> --to <date> <path...>

Write the Client Level Data (CLD) events a whole export of Good Day records implies for a reporting
period, as CSV in the specification's column order: an Assessment row for each assessment and carer's
assessment completed in the period, a Service row for each arrangement the council pays for in a complete
support plan active in it, a Review row for each review completed in it. Drafts and cancelled records give
no row, nor do safeguarding enquiries and capacity decisions (CLD leaves them out). A field a record cannot
say holds the specification's "Data Not Held" code. The person identifier is the record's person reference
(the id in your system), passed through. Reads files, folders, NDJSON, JSON arrays, or - for standard input.
A one-line summary on standard error gives the rows, the fields not held (by field) and the records left out.

Options:
  --la <code>       the council's ONS code, for example E09000012 (required)
  --la-name <name>  the council's name, for LA_Name (Data Not Held when left out)
  --from <date>     the period's first day, for example 2026-04-01 (required)
  --to <date>       the period's last day, for example 2026-06-30 (required)
  --out <file>      write the CSV to this file instead of standard output
  --with-method     add a Method_of_Review column after the specification's columns
  -h, --help        show this help

Exit codes: 0 the export ran; 2 it could not (usage, a bad option, a path that does not exist).
`;

// Rows are written in batches of about this many characters: few writes, and memory that does not grow with the input.
const BATCH_CHARS = 1 << 18;

export async function cldCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      la: { type: 'string' },
      'la-name': { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string' },
      'with-method': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(cldHelp);
    return ExitCode.ok;
  }
  // Loaded only when an export runs: the other commands do not pay for these imports.
  const { CLD_FIELDS, METHOD_OF_REVIEW, checkCldOptions, CldOptionsError, cldCsvHeader, cldCsvRow, cldEventsOf, cldSummaryLine, emptyCldSummary, personRefOf } = await import('@goodday/cld');
  if (values.la === undefined) throw new UsageError('give the council’s ONS code with --la, for example --la E09000012.');
  if (values.from === undefined || values.to === undefined) throw new UsageError('give the period with --from and --to, for example --from 2026-04-01 --to 2026-06-30.');
  const laName = values['la-name'];
  const options = { laCode: values.la, ...(laName ? { laName } : {}), period: { from: values.from, to: values.to }, personId: personRefOf };
  try {
    checkCldOptions(options);
  } catch (error) {
    if (error instanceof CldOptionsError) throw new UsageError(error.message.replace(/^the council code/, '--la').replace(/^the period must start/, '--from must be').replace(/^the period must end/, '--to must be').replace(/^the period starts/, '--from'));
    throw error;
  }
  if (positionals.length === 0) throw new UsageError('give the files or folders to export, or - for standard input (see --help).');
  // A mistyped path ends the run before anything is written, so that an earlier return is not overwritten by an empty one.
  for (const path of positionals) {
    if (path !== '-') await io.size(path).catch((error: NodeJS.ErrnoException) => Promise.reject(new UsageError(`${shownPath(path)}: ${error.code === 'ENOENT' ? 'no such file or folder: check the path' : 'it cannot be read: check its permissions'}.`)));
  }
  const columns: CldField[] = values['with-method'] ? [...CLD_FIELDS, METHOD_OF_REVIEW] : [...CLD_FIELDS];
  const out = values.out;
  const write = async (text: string, first: boolean) => {
    if (out === undefined) io.stdout(text);
    else if (first) await writeOutput(io, out, text);
    else await appendOutput(io, out, text);
  };

  const { readRecords } = await import('@goodday/audit');
  const summary = emptyCldSummary();
  let unreadable = 0;
  let batch = cldCsvHeader(columns);
  let first = true;
  for await (const item of readRecords(positionals)) {
    if ('error' in item) {
      unreadable++;
      continue;
    }
    for (const row of cldEventsOf(item.value, options, summary)) batch += cldCsvRow(row, columns);
    if (batch.length >= BATCH_CHARS) {
      await write(batch, first);
      first = false;
      batch = '';
    }
  }
  if (batch || first) await write(batch, first);
  const unread = unreadable === 0 ? '' : `; ${unreadable.toLocaleString('en-GB')} item${unreadable === 1 ? '' : 's'} could not be read (run goodday audit to see which)`;
  io.stderr(`goodday cld: ${cldSummaryLine(summary)}${unread}.\n`);
  return ExitCode.ok;
}
