import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isMigrationError, migrate } from '@goodday/schemas';
import { defaultLimits, GoodDayInputError } from '@goodday/validate';
import { ExitCode, UsageError } from '../exit-code.js';
import { shownPath } from '../shown-path.js';
import type { Io } from '../io.js';
import { readRecord } from '../read-record.js';

export const migrateHelp = `Usage: goodday migrate [options] --to <version> <file...>

Move Good Day records to another published version of their kind, losing nothing: moving up only
changes "$schema"; moving down is refused, with the field that would be lost, when the older version
has no place for it. The files given are never changed.

Options:
  --to <version>  the schema version to move to, for example 1.1.0 (required)
  --out <folder>  write each record to this folder (made if it is not there), under its own file
                  name; without it, one record is written to standard output
  -h, --help      show this help

Exit codes: 0 every record migrated; 2 a file is unusable or cannot be migrated (missing, not JSON,
unknown $schema, no such version, data that would be lost), or the options are wrong.
`;

const one = (file: string, message: string) => (message.startsWith(`${shownPath(file)}: `) ? message : `${shownPath(file)}: ${message}`);

export async function migrateCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      to: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(migrateHelp);
    return ExitCode.ok;
  }
  if (!values.to) throw new UsageError('say which version to move to with --to, for example --to 1.1.0 (see --help).');
  if (positionals.length === 0) throw new UsageError('no files given: run `goodday migrate --to <version> <file...>` (see --help).');
  const out = values.out;
  if (out === undefined && positionals.length > 1) throw new UsageError('more than one file: give --out <folder> to write each migrated record there.');
  if (out !== undefined) {
    const folder = await io.size(out).catch(() => undefined);
    if (folder?.isFile) throw new UsageError(`--out ${shownPath(out)} is a file, not a folder: name a folder to write the records into.`);
    if (!folder) await io.makeFolder(out).catch(() => {
      throw new UsageError(`--out ${shownPath(out)} cannot be made: name a folder that can.`);
    });
    // Writing into a record's own folder under its own name would replace the original.
    const clash = positionals.find((file) => resolve(join(out, basename(file))) === resolve(file));
    if (clash) throw new UsageError(`--out would replace ${shownPath(clash)} with its migrated copy: write to another folder, so the original stays.`);
    const names = positionals.map((file) => basename(file));
    const twice = names.find((name, i) => names.indexOf(name) !== i);
    if (twice) throw new UsageError(`two files are named ${shownPath(twice)}, and --out would write both to one file: migrate them into separate folders.`);
  }

  let failed = 0;
  for (const file of positionals) {
    let migrated: unknown;
    try {
      migrated = migrate(await readRecord(io, file, defaultLimits), values.to);
    } catch (error) {
      if (!(error instanceof GoodDayInputError) && !isMigrationError(error)) throw error;
      io.stderr(`goodday: ${one(file, error.message)}\n`);
      failed++;
      continue;
    }
    const text = `${JSON.stringify(migrated, null, 2)}\n`;
    if (out === undefined) io.stdout(text);
    else await io.writeFile(join(out, basename(file)), text);
  }
  if (out !== undefined) io.stdout(`Migrated ${positionals.length - failed} of ${positionals.length} record${positionals.length === 1 ? '' : 's'} to ${values.to}, into ${shownPath(out)}.\n`);
  return failed > 0 ? ExitCode.unusable : ExitCode.ok;
}
