/** Exit codes of the goodday command. */
export const ExitCode = {
  /** No finding of severity error. */
  ok: 0,
  /** At least one finding of severity error. */
  findings: 1,
  /** Unusable input or usage: unreadable file, not JSON, unknown schema, bad option. */
  unusable: 2,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A problem that ends the command with exit code 2 and a one-line reason. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
