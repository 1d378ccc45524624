import { parseArgs } from 'node:util';
import {
  defaultLimits,
  GoodDayInputError,
  identify,
  readablePath,
  validate,
  type Finding,
  type InputLimits,
  type Report,
} from '@goodday/validate';
import { feedback, type Instruction } from '@goodday/llm';
import { ExitCode, UsageError } from '../exit-code.js';
import { shownPath } from '../shown-path.js';
import type { Io } from '../io.js';
import { readRecord } from '../read-record.js';

export const validateHelp = `Usage: goodday validate [options] <file...>

Validate Good Day records: structure, then the practice and ordering rules for their kind.
Each file holds one JSON record that names its schema in "$schema".

Options:
  --json              print machine-readable results: { "results": [ { file, kind, version, valid, findings } ] }
  --feedback          add numbered instructions a model can act on, one a finding, naming each field
                      in words (with --json: "feedback" and "instructions" in each result)
  --with <file>       a related record some rules look at: the assessment a support plan builds on,
                      the plan a review reviews, or the capacity decision a safeguarding enquiry
                      names (repeat for more than one); it is read but not reported on
  --structure-only    check structure only, not the rules
  --no-language       do not lint practitioners' free text for labels and jargon
  --max-bytes <n>     largest file accepted, in bytes (default ${defaultLimits.maxBytes}; at most 1 GiB)
  --max-depth <n>     deepest nesting accepted (default ${defaultLimits.maxDepth}; at most 1000)
  -h, --help          show this help

Exit codes: 0 no errors; 1 a record has an error finding; 2 a file is unusable (missing, not JSON,
over a limit, unknown $schema) or the options are wrong.
`;

interface Checked {
  file: string;
  kind: Report['kind'];
  version: string;
  valid: boolean;
  findings: readonly Finding[];
  feedback?: string;
  instructions?: readonly Instruction[];
}
interface Unusable {
  file: string;
  error: { code: string; message: string };
}
type Result = Checked | Unusable;
const isUnusable = (r: Result): r is Unusable => 'error' in r;

function positiveInteger(value: string, option: string, max: number): number {
  if (!/^\d{1,16}$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new UsageError(`${option} takes a whole number from 1 to ${max}, not ${JSON.stringify(value.slice(0, 40))}.`);
  }
  return Number(value);
}

// Deeper than this, checking a record could overflow the stack; no Good Day record is nested more than about a dozen levels.
const MAX_DEPTH = 1000;
const MAX_BYTES = 1024 * 1024 * 1024;

function formatFinding(f: Finding): string {
  return `    ${f.severity.padEnd(7)} ${f.ruleId}  at ${readablePath(f.path)}\n            ${f.message}\n`;
}

function formatResult(r: Checked): string {
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  const warnings = r.findings.length - errors;
  const counts = [errors && `${errors} error${errors === 1 ? '' : 's'}`, warnings && `${warnings} warning${warnings === 1 ? '' : 's'}`]
    .filter(Boolean)
    .join(', ');
  const head = `${r.valid ? 'valid   ' : 'invalid '}  ${shownPath(r.file)}  (${r.kind} ${r.version}${counts ? `; ${counts}` : ''})\n`;
  const told = r.feedback === undefined || r.findings.length === 0 ? '' : `  Instructions for a model:\n${r.feedback.replace(/^/gm, '    ')}\n`;
  return head + r.findings.map(formatFinding).join('') + told;
}

export async function validateCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      feedback: { type: 'boolean' },
      'structure-only': { type: 'boolean' },
      'no-language': { type: 'boolean' },
      with: { type: 'string', multiple: true },
      'max-bytes': { type: 'string' },
      'max-depth': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(validateHelp);
    return ExitCode.ok;
  }
  if (positionals.length === 0) throw new UsageError('no files given: run `goodday validate <file...>` (see --help).');
  const limits: InputLimits = {
    ...defaultLimits,
    // An empty value ("--max-bytes ''") is refused like any other that is not a number, never ignored.
    ...(values['max-bytes'] !== undefined ? { maxBytes: positiveInteger(values['max-bytes'], '--max-bytes', MAX_BYTES) } : {}),
    ...(values['max-depth'] !== undefined ? { maxDepth: positiveInteger(values['max-depth'], '--max-depth', MAX_DEPTH) } : {}),
  };

  // Related records must all be usable: a missing one would make the rules that use them mislead.
  const related: unknown[] = [];
  for (const file of values.with ?? []) {
    try {
      const record = await readRecord(io, file, limits);
      identify(record);
      related.push(record);
    } catch (error) {
      if (!(error instanceof GoodDayInputError)) throw error;
      io.stderr(`goodday: --with ${error.message.startsWith(`${shownPath(file)}: `) ? error.message : `${shownPath(file)}: ${error.message}`}\n`);
      return ExitCode.unusable;
    }
  }
  const context = values.with ? { related } : undefined;

  const results: Result[] = [];
  for (const file of positionals) {
    try {
      const record = await readRecord(io, file, limits);
      const report = validate(record, { limits, rules: !values['structure-only'], language: !values['no-language'], ...(context ? { context } : {}) });
      const told = values.feedback ? feedback(report) : undefined;
      results.push({ file, kind: report.kind, version: report.version, valid: report.valid, findings: report.findings, ...(told ? { feedback: told.text, instructions: told.instructions } : {}) });
    } catch (error) {
      // A record nested past what this machine's stack holds is unusable input like any other, and the rest are still checked.
      if (error instanceof RangeError && /call stack/i.test(error.message)) {
        results.push({ file, error: { code: 'too-deep', message: `${shownPath(file)}: the record is nested too deeply to check: lower --max-depth.` } });
        continue;
      }
      if (!(error instanceof GoodDayInputError)) throw error;
      const message = error.message.startsWith(`${shownPath(file)}: `) ? error.message : `${shownPath(file)}: ${error.message}`;
      results.push({ file, error: { code: error.code, message } });
    }
  }

  const unusable = results.filter(isUnusable);
  const checked = results.filter((r): r is Checked => !isUnusable(r));
  const invalid = checked.filter((r) => !r.valid);
  for (const r of unusable) io.stderr(`goodday: ${r.error.message}\n`);
  if (values.json) {
    io.stdout(`${JSON.stringify({ results }, null, 2)}\n`);
  } else {
    io.stdout(checked.map(formatResult).join(''));
    const valid = checked.length - invalid.length;
    io.stdout(`\n${results.length} file${results.length === 1 ? '' : 's'}: ${valid} valid, ${invalid.length} invalid, ${unusable.length} unusable.\n`);
  }
  return unusable.length > 0 ? ExitCode.unusable : invalid.length > 0 ? ExitCode.findings : ExitCode.ok;
}
