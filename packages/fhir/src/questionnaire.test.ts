import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { formSchema, formVersions, layouts } from '@goodday/forms';
import { listVersions, recordKinds, type JsonSchema } from '@goodday/schemas';
import { describe, expect, it } from 'vitest';
import { fhirJsonSchema, medplumIssues } from '../test/fhir-validators.js';
import { isFhirError } from './fhir-error.js';
import type { QuestionnaireItem } from './fhir-types.js';
import { questionnaires } from './generated/index.js';
import { questionnaireVersions, toQuestionnaire } from './questionnaire.js';

const all = (items: readonly QuestionnaireItem[]): QuestionnaireItem[] => items.flatMap((i) => [i, ...all(i.item ?? [])]);
const isCodeList = (node: JsonSchema) => Array.isArray(node.oneOf) && node.oneOf.every((b) => typeof b.const === 'string');

describe('the generated Questionnaires', () => {
  it('are up to date with the schemas and layouts (the build script finds nothing to change)', () => {
    const run = spawnSync(process.execPath, [join(import.meta.dirname, '../scripts/build-fhir.mjs'), '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('cover every kind and every published version, and each version the forms package has', () => {
    for (const kind of recordKinds) {
      expect(questionnaireVersions(kind)).toEqual(listVersions(kind));
      expect(questionnaireVersions(kind)).toEqual(formVersions(kind));
    }
  });

  it('are valid against the FHIR R4 JSON Schema', () => {
    const { questionnaire: check } = fhirJsonSchema();
    for (const { kind, version, questionnaire } of questionnaires) expect(check(questionnaire), `${kind} ${version}: ${JSON.stringify(check.errors?.slice(0, 3))}`).toBe(true);
  });

  it('pass @medplum/core validation: cardinality, types and the FHIRPath invariants (que-1 to que-13)', () => {
    for (const { kind, version, questionnaire } of questionnaires) expect(medplumIssues(questionnaire), `${kind} ${version}`).toEqual([]);
  });

  it('are told apart from invalid ones by both validators', () => {
    const broken = { ...toQuestionnaire('assessment'), item: [{ linkId: '/goodDay', type: 'group', text: 'What a good day looks like' }] };
    expect(fhirJsonSchema().questionnaire({ ...broken, status: 'finished' })).toBe(false);
    expect(medplumIssues(broken).join(' ')).toMatch(/que-1/);
  });

  it('name the schema: url is its $id, version its version, and the layout orders the top-level items', () => {
    for (const { kind, version, questionnaire } of questionnaires) {
      const schema = formSchema(kind, version);
      expect(questionnaire.url).toBe((schema.properties!.$schema as JsonSchema).const);
      expect(questionnaire.version).toBe(version);
      expect(questionnaire.status).toBe('active');
      expect(questionnaire.title).toBe(schema.title);
      const order = layouts[kind].sections.flatMap((s) => s.fields).filter((f) => f in schema.properties!);
      expect(questionnaire.item.map((i) => i.linkId)).toEqual(order.map((f) => `/${f}`));
    }
  });

  it('have one item per schema field: a group for an object, repeats for a list, titles as text, prompts and descriptions as SDC help', () => {
    for (const { kind, version, questionnaire } of questionnaires) {
      const items = new Map(all(questionnaire.item).map((i) => [i.linkId, i]));
      expect(items.size, 'every linkId once').toBe(all(questionnaire.item).length);
      const walk = (node: JsonSchema, pointer: string) => {
        const item = items.get(pointer);
        expect(item, `${kind} ${version} ${pointer}`).toBeDefined();
        const inner = node.type === 'array' ? (node.items as JsonSchema) : node;
        expect(item!.repeats === true, pointer).toBe(node.type === 'array');
        expect(item!.text, pointer).toBe(node.title ?? inner.title ?? pointer.split('/').at(-1));
        const help = item!.item?.find((c) => c.type === 'display');
        const prompt = node['x-prompt'] ?? inner['x-prompt'];
        if (typeof prompt === 'string') expect(help?.text, pointer).toContain(prompt);
        if (node.description) expect(help?.text, pointer).toContain(node.description.replace(/[.?!:]$/, ''));
        if (help) expect(help.extension?.[0]?.valueCodeableConcept?.coding?.[0]).toMatchObject({ system: 'http://hl7.org/fhir/questionnaire-item-control', code: 'help' });
        if (inner.type === 'object') {
          expect(item!.type).toBe('group');
          for (const [key, child] of Object.entries(inner.properties ?? {})) walk(child as JsonSchema, `${pointer}/${key}`);
        } else if (isCodeList(inner)) {
          expect(item!.type).toBe('choice');
          const valueSet = questionnaire.contained.find((v) => `#${v.id}` === item!.answerValueSet);
          expect(valueSet?.compose.include[0]?.concept, pointer).toEqual(inner.oneOf!.map((b) => ({ code: b.const, display: b.title })));
        } else {
          const expected = inner.type === 'boolean' ? 'boolean' : inner.type === 'number' ? 'decimal' : inner.type === 'integer' ? 'integer' : inner.format === 'date' ? 'date' : inner.format === 'date-time' ? 'dateTime' : ['string', 'text'];
          expect(expected, pointer).toContain(item!.type);
        }
      };
      const schema = formSchema(kind, version);
      for (const [key, node] of Object.entries(schema.properties!)) if (key !== '$schema') walk(node as JsonSchema, `/${key}`);
    }
  });

  it('open each waiting section only once what it waits for exists, as the forms layout says', () => {
    for (const { kind, version, questionnaire } of questionnaires) {
      const items = new Map(all(questionnaire.item).map((i) => [i.linkId, i]));
      for (const section of layouts[kind].sections) {
        for (const field of section.fields) {
          const item = questionnaire.item.find((i) => i.linkId === `/${field}`);
          if (!item) continue;
          if (!section.waits) {
            expect(item.enableWhen, `${kind} /${field}`).toBeUndefined();
            continue;
          }
          expect(item.enableWhen?.length, `${kind} ${version} /${field}`).toBeGreaterThan(0);
          for (const when of item.enableWhen!) {
            expect(when.question.startsWith(`/${section.waits.field}/`) || when.question === `/${section.waits.field}`).toBe(true);
            expect(items.get(when.question)?.type).not.toMatch(/group|display/);
          }
        }
      }
    }
    const eligibility = toQuestionnaire('assessment').item.find((i) => i.linkId === '/eligibility');
    expect(eligibility?.enableWhen).toEqual([{ question: '/needs/wellbeingImpact/inPersonsWords/text', operator: 'exists', answerBoolean: true }]);
    const bestInterests = toQuestionnaire('capacity-decision').item.find((i) => i.linkId === '/bestInterests');
    expect(bestInterests?.enableWhen).toMatchObject([{ question: '/conclusion/outcome', operator: '=', answerCoding: { code: 'lacks-capacity' } }]);
  });

  it('gives a copy each time, the newest version unless one is asked for, and a typed one-line error for an unknown one', () => {
    const a = toQuestionnaire('assessment');
    (a.item as QuestionnaireItem[]).length = 0;
    expect(toQuestionnaire('assessment').item.length).toBeGreaterThan(0);
    expect(toQuestionnaire('assessment').version).toBe(questionnaireVersions('assessment').at(-1));
    expect(toQuestionnaire('assessment', '1.0.0').version).toBe('1.0.0');
    for (const call of [() => toQuestionnaire('assessment', '9.9.9'), () => toQuestionnaire('nonsense' as 'assessment')]) {
      let caught: unknown;
      try {
        call();
      } catch (error) {
        caught = error;
      }
      expect(isFhirError(caught)).toBe(true);
      expect((caught as Error).message).not.toContain('\n');
      expect((caught as { code: string }).code).toBe('unknown-schema');
    }
  });
});
