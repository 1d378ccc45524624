import type { Finding, Report } from '@goodday/validate';

// Stand-ins for @goodday/forms' findingsToJsonForms / findingsToRjsf until they land (branch forms).

/** Where a finding sits, as JSON Pointer segments. */
export const segments = (pointer: string): string[] => (pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')));

/** A finding's words as the form shows them: the message and the rule it comes from. */
export const words = (f: Finding): string => `${f.message} (${f.ruleId})`;

/** JSON Forms additionalErrors: ajv-shaped errors at each finding's path. */
export const toJsonForms = (report: Report) =>
  report.findings.map((f) => ({ instancePath: f.path, schemaPath: `#/${f.ruleId}`, keyword: f.ruleId, params: {}, message: words(f) }));

/** An rjsf errorSchema: each finding's message under `__errors` at its path. */
export function toRjsf(report: Report): Record<string, unknown> {
  const schema: Record<string, unknown> = {};
  for (const f of report.findings) {
    let at = schema;
    for (const key of segments(f.path)) at = (at[key] ??= {}) as Record<string, unknown>;
    ((at.__errors ??= []) as string[]).push(words(f));
  }
  return schema;
}
