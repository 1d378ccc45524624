import { parseArgs } from 'node:util';
import type { Summary } from '@goodday/audit';
import { ExitCode, UsageError } from '../exit-code.js';
import { shownPath } from '../shown-path.js';
import type { Io } from '../io.js';
import { writeOutput } from '../write-output.js';

// A summary an audit writes is a few hundred kilobytes at most; a bigger file is not one, and is not read.
const MAX_SUMMARY_BYTES = 64 * 1024 * 1024;

export const auditHelp = `Usage: goodday audit [options] <path...>
       goodday audit merge [options] <summary.json...>

Audit a whole export of Good Day records: files, folders (searched recursively, skipping node_modules and
hidden folders), NDJSON, JSON arrays, or - for standard input, mixed kinds and versions. Reports counts
by kind and status; for every rule, how many records it applied to, passed and failed; Making
Safeguarding Personal outcomes; language findings and reading ease. Reports hold no text or names from
the records (unless --include-text); failing records are named by id. On a terminal, a progress line
shows records a second and about how long is left.
\`audit merge\` combines JSON summaries from separate runs (for example, on several machines).

Options:
  --format <f>    json (default: the whole summary, which audit merge reads), csv (a row per rule), html, or
                  cld-check (a CSV row per Client Level Data field: how many records it applies to and how
                  many could supply it, the gap at the next CLD return; see goodday cld)
  --out <file>    write the report to this file instead of standard output
  --workers <n>   worker threads (default: the number of cores); files are shared between them
  --hash-ids      name failing records by a hash of their id instead of the id
  --include-text  add each failing record's finding message to the summary and the HTML page (it can quote
                  practitioners' text)
  -h, --help      show this help

Exit codes: 0 the audit ran (whatever it found); 2 it could not (usage, a path that does not exist, or an
unreadable summary to merge).
`;


export async function auditCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      workers: { type: 'string' },
      'hash-ids': { type: 'boolean' },
      'include-text': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(auditHelp);
    return ExitCode.ok;
  }
  const format = values.format ?? 'json';
  if (!['json', 'csv', 'html', 'cld-check'].includes(format)) throw new UsageError(`--format must be json, csv, html or cld-check, not ${JSON.stringify(format.slice(0, 40))}.`);
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1 || workers > 256)) throw new UsageError('--workers must be a whole number from 1 to 256.');

  if (format === 'cld-check') return cldCheckCommand(positionals, values.out, io);

  // Loaded only when an audit runs: the other commands do not pay for the audit's imports.
  const { auditPaths, isSummary, merge, toCsv, toHtml, toJson } = await import('@goodday/audit');
  let summary: Summary;
  if (positionals[0] === 'merge') {
    const files = positionals.slice(1);
    if (files.length === 0) throw new UsageError('give the JSON summaries to merge (see --help).');
    const parts: Summary[] = [];
    for (const file of files) {
      let bytes: Uint8Array;
      try {
        // Looked at before it is read: a pipe or a device (/dev/zero) would never end, a huge file would fill memory.
        const size = await io.size(file);
        if (!size.isFile) throw new UsageError(`${shownPath(file)}: it is a folder or device, not a summary file.`);
        if (size.bytes > MAX_SUMMARY_BYTES) throw new UsageError(`${shownPath(file)}: ${size.bytes} bytes is far larger than any audit summary: give one written by goodday audit --format json.`);
        bytes = await io.readFile(file);
      } catch (error) {
        if (error instanceof UsageError) throw error;
        const code = (error as NodeJS.ErrnoException).code;
        throw new UsageError(`${shownPath(file)}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : 'it cannot be read'}.`);
      }
      let value: unknown;
      try {
        value = JSON.parse(new TextDecoder().decode(bytes));
      } catch {
        throw new UsageError(`${shownPath(file)}: not JSON: give a summary written by goodday audit --format json.`);
      }
      if (!isSummary(value)) throw new UsageError(`${shownPath(file)}: not a Good Day audit summary (write one with goodday audit --format json).`);
      parts.push(value);
    }
    summary = merge(...parts);
  } else {
    if (positionals.length === 0) throw new UsageError('give the files or folders to audit, or - for standard input (see --help).');
    // A mistyped path ends the run before anything is read, so that an earlier report is not overwritten by an empty one.
    for (const path of positionals) {
      if (path !== '-') await io.size(path).catch((error: NodeJS.ErrnoException) => Promise.reject(new UsageError(`${shownPath(path)}: ${error.code === 'ENOENT' ? 'no such file or folder: check the path' : 'it cannot be read: check its permissions'}.`)));
    }
    const started = Date.now();
    const terminal = io.isErrorTerminal();
    let shown = 0;
    summary = await auditPaths(positionals, {
      ...(workers !== undefined ? { workers } : {}),
      hashIds: values['hash-ids'] === true,
      includeText: values['include-text'] === true,
      onProgress: (records, share) => {
        // A progress line only on a terminal, at most a few times a second.
        if (!terminal || Date.now() - shown < 250) return;
        shown = Date.now();
        (io.progress ?? io.stderr)(`\r${progressLine(records, (shown - started) / 1000, share)}\x1b[K`);
      },
    });
    if (terminal && shown > 0) (io.progress ?? io.stderr)('\n');
  }
  const text = format === 'csv' ? toCsv(summary) : format === 'html' ? toHtml(summary) : toJson(summary);
  if (values.out !== undefined) await writeOutput(io, values.out, text);
  else io.stdout(text);
  return ExitCode.ok;
}

/** `--format cld-check`: reads the records one at a time (the check is light: no validation, so no workers) and writes the CSV. */
async function cldCheckCommand(paths: string[], out: string | undefined, io: Io): Promise<number> {
  if (paths[0] === 'merge') throw new UsageError('audit merge combines JSON summaries: --format cld-check reads records (see --help).');
  if (paths.length === 0) throw new UsageError('give the files or folders to audit, or - for standard input (see --help).');
  for (const path of paths) {
    if (path !== '-') await io.size(path).catch((error: NodeJS.ErrnoException) => Promise.reject(new UsageError(`${shownPath(path)}: ${error.code === 'ENOENT' ? 'no such file or folder: check the path' : 'it cannot be read: check its permissions'}.`)));
  }
  const { cldCheck, readRecords, toCldCheckCsv } = await import('@goodday/audit');
  const text = toCldCheckCsv(await cldCheck(readRecords(paths)));
  if (out !== undefined) await writeOutput(io, out, text);
  else io.stdout(text);
  return ExitCode.ok;
}

const count = (n: number, unit: string) => `${n.toLocaleString('en-GB')} ${unit}${n === 1 ? '' : 's'}`;

/** "12,500 records, 4,100 a second, about 2 minutes left": the time left from the share of the input read so far. */
export function progressLine(records: number, seconds: number, share: number | undefined): string {
  const rate = records / Math.max(0.001, seconds);
  const line = `${records.toLocaleString('en-GB')} records, ${Math.round(rate).toLocaleString('en-GB')} a second`;
  if (share === undefined || share <= 0 || share >= 1) return line;
  const left = (seconds * (1 - share)) / share;
  const roughly = left < 60 ? count(Math.max(1, Math.round(left)), 'second') : left < 3600 ? count(Math.round(left / 60), 'minute') : count(Math.round(left / 360) / 10, 'hour');
  return `${line}, about ${roughly} left`;
}
