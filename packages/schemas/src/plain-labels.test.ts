import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeLabel, codeList, codeListNames, plainLabel } from './index.js';
import { plainLabels } from './plain-labels.js';

const schemasDir = join(import.meta.dirname, '../../../schemas');
const common = (version: string) =>
  JSON.parse(readFileSync(join(schemasDir, 'common', `${version}.json`), 'utf8')) as { $defs: Record<string, { oneOf?: { const?: unknown; title?: string }[] }> };

describe('plain labels', () => {
  it('cover every common $defs list of codes, so a new list cannot go without them', () => {
    for (const version of ['1.0.0', '1.1.0']) {
      const lists = Object.entries(common(version).$defs).filter(([, def]) => def.oneOf?.every((b) => b.const !== undefined));
      for (const [name] of lists) expect(codeListNames, `${name} in common ${version}`).toContain(name);
    }
    expect(Object.keys(plainLabels).sort()).toEqual([...codeListNames].sort());
  });

  it.each([...codeListNames])('give every code of %s, and only those, its own plain label', (name) => {
    const codes = codeList(name).map((c) => c.code);
    expect(Object.keys(plainLabels[name]).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      const label = plainLabel(name, code);
      expect(label, code).toBe((plainLabels[name] as Record<string, string>)[code]);
      expect(label, code).toMatch(/^[A-Z]\S*( \S+)*[^.\s]$/);
    }
    // Two codes with the same plain label would read as one choice to the person.
    expect(new Set(codes.map((code) => plainLabel(name, code))).size, name).toBe(codes.length);
  });

  it('leave the statutory labels in the schema and in codeLabel word for word', () => {
    for (const name of codeListNames) {
      for (const branch of common('1.1.0').$defs[name]!.oneOf!) expect(codeLabel(name, String(branch.const))).toBe(branch.title);
    }
    expect(codeLabel('WellbeingArea', 'personal-dignity')).toBe('personal dignity (including treatment of the individual with respect)');
    expect(plainLabel('WellbeingArea', 'personal-dignity')).toBe('Being treated with respect');
  });

  it('fall back to the code for an unknown one, even one named like an object property', () => {
    expect(plainLabel('AdviceTopic', 'no-such-code')).toBe('no-such-code');
    expect(plainLabel('RiskType', 'toString')).toBe('toString');
  });
});
