export { run, mainHelp } from './run.js';
export { ExitCode, UsageError } from './exit-code.js';
export type { Io } from './io.js';
