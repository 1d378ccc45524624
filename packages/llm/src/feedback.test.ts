import { validate, type Finding } from '@goodday/validate';
import { describe, expect, it } from 'vitest';
import { allExamples } from '../../../test/examples.js';
import { feedback, type Instruction } from './feedback.js';

type Json = Record<string, unknown>;
const words = (text: string) => ({ text, describedBy: 'person', recordedAt: '2026-03-02T10:00:00Z' });
const segments = (pointer: string) => (pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')));
const at = (record: Json, pointer: string): Json => segments(pointer).reduce<Json>((node, s) => node[s] as Json, record);
const parentOf = (pointer: string) => pointer.slice(0, pointer.lastIndexOf('/'));
const keyOf = (pointer: string) => segments(pointer).at(-1)!;
const quoted = (text: string) => [...text.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);

/** What a model following the instruction would do, for a representative set of rules; changes the record in place. */
const appliers: Record<string, (record: Json, instruction: Instruction) => void> = {
  'assessment/good-day': (r) => void (r.goodDay = words('Coffee in the garden and a walk to the shop.')),
  'assessment/wellbeing-impact': (r, i) => void (at(r, i.path).wellbeingImpact = { inPersonsWords: words('I stay in and feel low.'), areas: ['physical-and-mental-health'] }),
  'assessment/strengths': (r, i) => Object.assign(at(r, i.path), { type: 'ability', sphere: 'personal' }),
  'assessment/presented-back': (r, i) => void (at(r, parentOf(i.path))[keyOf(i.path)] = true),
  'support-plan/direct-payments': (r, i) => void (at(r, i.path).frequency = 'week'),
  'support-plan/how-needs-are-met': (r, i) => void (at(r, i.path).when = 'every morning'),
  'support-plan/risk-enablement': (r, i) => void (at(r, i.path).howEnabled = 'A pendant alarm, and a call each evening.'),
  'safeguarding-enquiry/outcomes-achieved': (r, i) => void (at(r, i.path).achieved = 'fully-achieved'),
  'safeguarding-enquiry/capacity-recorded': (r, i) => void (at(r, parentOf(i.path))[keyOf(i.path)] = 'no'),
  // The instruction says what to write instead: the first phrase it quotes, replaced by the next.
  language: (r, i) => {
    const [label, instead] = quoted(i.text);
    const owner = at(r, parentOf(i.path));
    owner[keyOf(i.path)] = String(owner[keyOf(i.path)]).replace(new RegExp(label!, 'i'), instead!);
  },
  // "use one of draft, complete": the first code it names.
  'structure/enum': (r, i) => void (at(r, parentOf(i.path))[keyOf(i.path)] = i.text.match(/use one of ([^,.]+)/)![1]),
  // 'has a field the schema does not define, "secret": remove it'.
  'structure/additionalProperties': (r, i) => void delete at(r, i.path)[quoted(i.text)[0]!],
};
const applierFor = (ruleId: string) => appliers[ruleId] ?? (ruleId.startsWith('language/') ? appliers.language : undefined);
const same = (f: Finding, i: Instruction) => f.ruleId === i.ruleId && f.path === i.path;

/** Every piece of the person's words in a record. */
function personsWords(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => personsWords(v, found));
  else if (value && typeof value === 'object') {
    const node = value as Json;
    if (typeof node.text === 'string' && typeof node.describedBy === 'string') found.push(node.text);
    Object.values(node).forEach((v) => personsWords(v, found));
  }
  return found;
}

// The examples with findings, and one record broken in its structure as a model might break it.
const broken = structuredClone(allExamples().find((e) => e.name === 'assessment/complete-eligible.json')!.record) as Json;
broken.status = 'finished';
(broken.needs as Json[])[0]!.secret = 'x';
const cases = [...allExamples().filter((e) => !/^(?:records-1\.0\.0\/)?[a-z-]+\/complete|draft|open|concluded/.test(e.name)), { name: 'assessment (broken structure)', kind: 'assessment', record: broken }];

describe('feedback', () => {
  for (const example of cases) {
    const report = validate(example.record, { language: true });
    const { instructions, text } = feedback(report);

    it(`${example.name}: one numbered instruction a finding, errors first, each naming its field in words`, () => {
      expect(instructions.length).toBe(report.findings.length);
      expect(instructions.length).toBeGreaterThan(0);
      instructions.forEach((instruction, n) => {
        expect(instruction.text.startsWith(`${n + 1}. In ${instruction.field}`)).toBe(true);
        expect(instruction.field).not.toMatch(/\/|\[\d/);
      });
      const severities = instructions.map((i) => i.severity);
      expect(severities).toEqual([...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
      expect(text.split('\n')).toHaveLength(instructions.length);
    });

    it(`${example.name}: never quotes the person's words`, () => {
      for (const said of personsWords(example.record).filter((s) => s.length >= 8)) expect(text).not.toContain(said);
    });

    const applicable = instructions.filter((i) => applierFor(i.ruleId));
    for (const instruction of applicable) {
      it(`${example.name}: doing what instruction ${instruction.number} (${instruction.ruleId}) says clears its finding`, () => {
        const record = structuredClone(example.record) as Json;
        applierFor(instruction.ruleId)!(record, instruction);
        const after = validate(record, { language: true }).findings;
        expect(report.findings.some((f) => same(f, instruction))).toBe(true);
        expect(after.filter((f) => same(f, instruction))).toEqual([]);
      });
    }
  }

  it('applies its appliers to a representative set of rules (at least one of each kind, language and structure)', () => {
    const covered = new Set(cases.flatMap((e) => feedback(validate(e.record, { language: true })).instructions.filter((i) => applierFor(i.ruleId)).map((i) => i.ruleId.split('/')[0])));
    expect([...covered].sort()).toEqual(['assessment', 'language', 'safeguarding-enquiry', 'structure', 'support-plan']);
  });

  it("asks for the transcript's words where a need has none", () => {
    const example = allExamples().find((e) => e.name === 'assessment/invalid-wellbeing-impact.json')!;
    const [instruction] = feedback(validate(example.record)).instructions;
    expect(instruction!.text).toMatch(/^1\. In the second need: .*Take the person's words from the transcript, word for word/);
  });

  it('names the field in words', () => {
    const example = allExamples().find((e) => e.name === 'assessment/invalid-needs-before-eligibility.json')!;
    expect(feedback(validate(example.record)).instructions[0]!.field).toBe("the third need's impact on wellbeing");
  });

  it('says when there is nothing to change', () => {
    const example = allExamples().find((e) => e.name === 'assessment/complete-eligible.json')!;
    expect(feedback(validate(example.record)).text).toBe('The record is complete: nothing to change.');
  });
});
