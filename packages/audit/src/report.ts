import { rules } from '@goodday/validate';
import type { Summary } from './summary.js';

const percent = (passed: number, applied: number) => (applied === 0 ? '' : ((100 * passed) / applied).toFixed(1));
const csvCell = (value: string | number) => (/[",\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value));

/** One row per rule that applied to any record: how many records it applied to, passed and failed, and the rate. */
export function toCsv(summary: Summary): string {
  const known = new Map(rules.map((r) => [r.id, r]));
  const rows = Object.entries(summary.rules)
    .sort(([a], [b]) => (a === 'structure' ? -1 : b === 'structure' ? 1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([id, t]) => [id, known.get(id)?.kind ?? '', known.get(id)?.severity ?? 'error', t.applied, t.passed, t.failed, percent(t.passed, t.applied)].map(csvCell).join(','));
  return `${['rule', 'kind', 'severity', 'applied', 'passed', 'failed', 'conformance_percent'].join(',')}\n${rows.join('\n')}${rows.length ? '\n' : ''}`;
}

/** The whole summary as JSON. */
export function toJson(summary: Summary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}
