import { parseArgs } from 'node:util';
import { lint, LanguageInputError, type LanguageFinding, type Readability, type Voice } from '@goodday/language';
import { ExitCode, UsageError } from '../exit-code.js';
import { shownPath } from '../shown-path.js';
import type { Io } from '../io.js';

const MAX_BYTES = 5 * 1024 * 1024;

export const lintHelp = `Usage: goodday lint [options] [FILE|-]

Find deficit labels and unexplained jargon in text, suggest words people use about themselves, and score
how easy the text is to read. Reads FILE, or standard input when FILE is - or missing.
Words in quotation marks are the person's own: they are never more than info findings.

Options:
  --voice <who>   practitioner (default): text written about the person;
                  person: the person's own words, reported as info only
  --json          print { "findings": [ { ruleId, severity, message, line, column, start, end, suggestions } ],
                  "readability": { … } }, with line and column counted in the input; past 1,000 findings,
                  "findingsLeftOut" says how many more there were
  -h, --help      show this help

Exit codes: 0 no warning or error; 1 at least one warning or error; 2 unusable input or usage.
`;

const describe = (r: Readability) =>
  r.words === 0
    ? 'Readability: no words to score.'
    : `Readability: ${r.sentences} sentence${r.sentences === 1 ? '' : 's'}, ${r.words} words, ${r.averageWordsPerSentence} words a sentence on average; Flesch reading ease ${r.fleschReadingEase}, Flesch–Kincaid grade ${r.fleschKincaidGrade}, reading age about ${Math.round(r.readingAge!)} (plain English aims at 9 to 11).`;

function formatFinding(name: string, f: LanguageFinding): string {
  const suggestions = f.suggestions.length > 0 ? `\n    try: ${f.suggestions.join('; ')}` : '';
  return `${name}:${f.line}:${f.column}  ${f.severity.padEnd(7)}  ${f.ruleId}\n    ${f.message}${suggestions}\n`;
}

// The most findings a run prints: past this, a line (or "findingsLeftOut" in JSON) says how many more there were.
const MAX_FINDINGS = 1000;

const unreadable = (file: string, error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  return new UsageError(`${shownPath(file)}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : 'it cannot be read'}.`);
};

async function readInput(io: Io, file: string): Promise<Uint8Array> {
  // The limit is checked as standard input is read, so no more than just over it is ever held.
  if (file === '-') return io.readStdin(MAX_BYTES);
  let size: { bytes: number; isFile: boolean };
  try {
    size = await io.size(file);
  } catch (error) {
    throw unreadable(file, error);
  }
  if (!size.isFile) throw new UsageError(`${shownPath(file)}: it is a folder or device, not a file.`);
  if (size.bytes > MAX_BYTES) throw new UsageError(`${shownPath(file)}: ${size.bytes} bytes is over the limit of ${MAX_BYTES}: split it.`);
  try {
    return await io.readFile(file);
  } catch (error) {
    throw unreadable(file, error);
  }
}

export async function lintCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      voice: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(lintHelp);
    return ExitCode.ok;
  }
  if (positionals.length > 1) throw new UsageError('give one file, or - for standard input (see --help).');
  const voice = (values.voice ?? 'practitioner') as Voice;
  if (voice !== 'practitioner' && voice !== 'person') throw new UsageError(`--voice must be practitioner or person, not ${JSON.stringify(String(values.voice).slice(0, 40))}.`);
  const file = positionals[0] ?? '-';
  const name = file === '-' ? '<stdin>' : file;

  const bytes = await readInput(io, file);
  if (bytes.byteLength > MAX_BYTES) throw new UsageError(`${shownPath(name)}: over the limit of ${MAX_BYTES} bytes: split it.`);
  const decoded = new TextDecoder('utf-8').decode(bytes);
  // A byte-order mark is not part of the text, and would shift every column on the first line.
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  let result;
  try {
    // The linter's own limit is in characters: set to the command's, in bytes, so the command's is the one that applies.
    result = lint(text, { voice, maxLength: MAX_BYTES });
  } catch (error) {
    if (error instanceof LanguageInputError) throw new UsageError(`${shownPath(name)}: ${error.message}`);
    throw error;
  }

  const shown = result.findings.slice(0, MAX_FINDINGS);
  const leftOut = result.findings.length - shown.length;
  if (values.json) {
    const findings = shown.map(({ ruleId, severity, message, line, column, start, end, suggestions }) => ({ ruleId, severity, message, line, column, start, end, suggestions }));
    // Indented only when small: a pretty-printed report of a thousand findings is mostly spaces.
    const report = { findings, ...(leftOut > 0 ? { findingsLeftOut: leftOut } : {}), readability: result.readability };
    io.stdout(`${findings.length > 100 ? JSON.stringify(report) : JSON.stringify(report, null, 2)}\n`);
  } else {
    io.stdout(shown.map((f) => formatFinding(shownPath(name), f)).join(''));
    if (leftOut > 0) io.stdout(`… and ${leftOut} more findings like these: correct these and lint the text again.\n`);
    const count = (severity: string) => result.findings.filter((f) => f.severity === severity).length;
    const [warnings, errors, info] = [count('warning'), count('error'), count('info')];
    io.stdout(`${result.findings.length > 0 ? '\n' : ''}${describe(result.readability!)}\n`);
    io.stdout(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${info} info.\n`);
  }
  return result.findings.some((f) => f.severity !== 'info') ? ExitCode.findings : ExitCode.ok;
}
