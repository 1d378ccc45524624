import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessmentType, cldCodeLists, clientType, dataNotHeld, deliveryMechanism, eventOutcome, eventType, labelOf, reviewMethod, reviewOutcomesAchieved, reviewReason, serviceComponent, serviceType, type CldCodeList } from './code-list.js';

// The reference lines, copied word for word (the reference is outside the repository): a label typo here fails.
const fixture = readFileSync(join(import.meta.dirname, '../test/domain-facts-cld.md'), 'utf8');
const lineOf = (name: string) => {
  const line = fixture.split('\n').find((l) => l.startsWith(`- **${name}**`));
  if (!line) throw new Error(`no line for ${name} in the fixture`);
  return line;
};

/** The values a reference line lists: after the name (and any [source]) up to its closing source or a dash, split on "; ". */
function valuesOf(name: string): string[] {
  const body = lineOf(name)
    .replace(/^- \*\*[^*]+\*\*( \([^)]*\))?( \[[^\]]*\])?:? /, '')
    .replace(/ \[V[^\]]*\]\.?$/, '')
    .replace(/ — .*$/, '');
  return body
    .split('; ')
    // Interweave's codes in brackets (PRO-R) and asides (formerly …, carer reviews default …) are not part of the label.
    .map((v) => v.replace(/ \((?:[A-Z-]+|formerly .*|carer reviews default .*|planned and unplanned episodes)\)$/, '').replace(/\*\*|\.$/g, '').trim())
    .filter((v) => !/^\(\+ Data Not Held codes\)$|^Data Not Held…$/.test(v));
}

const labels = (list: CldCodeList) => list.codes.map((c) => c.label);

describe('code lists carry the specification’s labels word for word', () => {
  it.each([
    ['Event Type', eventType],
    ['Client type', clientType],
    ['Review reason', reviewReason],
    ['Review outcomes achieved', reviewOutcomesAchieved],
    ['Method of review', reviewMethod],
    ['Event outcome', eventOutcome],
    ['Service type', serviceType],
    ['Service component', serviceComponent],
    ['Delivery mechanism', deliveryMechanism],
  ])('%s', (name, list) => {
    expect(labels(list)).toEqual(valuesOf(name));
  });

  it('Assessment type: Long Term where eligibility is determined, Short Term otherwise', () => {
    expect(lineOf('Assessment type')).toMatch(/^- \*\*Assessment type\*\*: Long Term Assessment \(where Care Act eligibility is determined, adults or carers\) vs Short Term Assessment \(/);
    expect(labels(assessmentType)).toEqual(['Long Term Assessment', 'Short Term Assessment']);
  });

  it('the Data Not Held codes are the two the Event outcome list ends with', () => {
    expect(labels(dataNotHeld)).toEqual(valuesOf('Event outcome').slice(-2));
    expect(labels(dataNotHeld)).toEqual(['Data Not Held - System Level', 'Data Not Held - Individual Level']);
  });

  it('a label typo fails: the parser sees a changed label', () => {
    expect(labels(eventOutcome).map((l) => l.replace('Signposting', 'Sign-posting'))).not.toEqual(valuesOf('Event outcome'));
  });

  it('gives every list stable kebab-case codes, unique within it, and a source', () => {
    for (const list of cldCodeLists) {
      expect(list.source.length).toBeGreaterThan(10);
      const codes = list.codes.map((c) => c.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('labelOf finds a label and throws on a code the list lacks', () => {
    expect(labelOf(reviewReason, 'unplanned-hospital')).toBe('Unplanned - Hospital');
    expect(() => labelOf(reviewReason, 'unplanned-weather')).toThrow(/review-reason has no code unplanned-weather/);
  });
});

describe('the fixture', () => {
  it('names its source and says not to edit it', () => {
    expect(fixture.split('\n')[0]).toMatch(/^<!-- Copied word for word from shared\/reference\/domain-facts\.md .*Do not edit/);
  });

  // The reference sits beside the repository on a maintainer's machine; where it is there, the fixture must still be its lines.
  const reference = join(import.meta.dirname, '../../../../shared/reference/domain-facts.md');
  it('holds lines of the reference, unchanged, where the reference can be read', () => {
    const text = existsSync(reference) ? readFileSync(reference, 'utf8') : fixture;
    for (const line of fixture.split('\n').slice(1).filter(Boolean)) expect(text).toContain(line);
  });
});
