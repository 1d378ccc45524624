// The examples as they were written for 1.0.0, kept unchanged: an old record validates against its own version,
// and the rules that read fields 1.1.0 added never fail it for lacking them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRecord, rules, validate } from '@goodday/validate';

const here = import.meta.dirname;
const kinds = readdirSync(here, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const examples = kinds.flatMap((kind) =>
  readdirSync(join(here, kind))
    .filter((f) => f.endsWith('.json'))
    .map((file) => ({ kind, file, record: parseRecord(readFileSync(join(here, kind, file))) as { $schema: string; status: string } })),
);
const breaking = /^(invalid|warning)-/;

describe.each(kinds)('1.0.0 example %s records', (kind) => {
  const ofKind = examples.filter((e) => e.kind === kind);

  it('are all written for version 1.0.0', () => {
    expect(ofKind.length).toBeGreaterThan(0);
    for (const { record } of ofKind) expect(record.$schema).toBe(`https://goodday.dev/schemas/${kind}/1.0.0.json`);
  });

  it.each(ofKind.filter((e) => !breaking.test(e.file) && !e.file.startsWith('labelled-')).map((e) => [e.file, e]))('%s is still valid against 1.0.0 with no findings', (_, { record }) => {
    expect(validate(record)).toMatchObject({ valid: true, kind, version: '1.0.0', findings: [] });
  });

  it.each(ofKind.filter((e) => breaking.test(e.file)).map((e) => [e.file, e]))('%s still breaks the rule it is named after, and no other', (file, { record }) => {
    const ruleId = `${kind}/${file.replace(breaking, '').slice(0, -'.json'.length)}`;
    const report = validate(record);
    expect([...new Set(report.findings.map((f) => f.ruleId))]).toEqual([ruleId]);
    expect(report.valid).toBe(rules.find((r) => r.id === ruleId)!.severity !== 'error');
  });
});
