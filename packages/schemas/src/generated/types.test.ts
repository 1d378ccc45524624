import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- the generator is a plain .mjs build script without type declarations.
import { generateTypes, outputFile, versionSuffix } from '../../scripts/generate-types.mjs';
import { latestVersion, listSchemas } from '../registry.js';
import type { JsonSchema } from '../json-schema.js';

const pascal = (kebab: string) => kebab.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());

/** The words each property's own schema gives it, by `Type.member` path (nested objects as `Type.member.inner`), from every published version. */
function documentedProperties(): Map<string, string> {
  const words = new Map<string, string>();
  const walk = (owner: string, schema: JsonSchema) => {
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const path = `${owner}.${name}`;
      const doc = [property.title, property.description].filter((s) => typeof s === 'string' && s.trim() !== '').join('\n\n');
      if (doc) words.set(path, doc);
      walk(path, property);
    }
  };
  for (const { name, version, schema } of listSchemas()) {
    const suffix: string = versionSuffix(version, version === latestVersion(name));
    for (const [defName, def] of Object.entries(schema.$defs ?? {})) walk(defName + suffix, def);
    if (name !== 'common') walk(pascal(name) + suffix, schema);
  }
  return words;
}

/** Every member of every generated interface (and of the object types inside them), by path, with its JSDoc text or undefined. */
function generatedMembers(): Map<string, string | undefined> {
  const file = ts.createSourceFile('types.ts', readFileSync(outputFile, 'utf8'), ts.ScriptTarget.Latest, true);
  const members = new Map<string, string | undefined>();
  const walk = (owner: string, list: ts.NodeArray<ts.TypeElement>) => {
    for (const member of list) {
      if (!ts.isPropertySignature(member)) continue;
      const path = `${owner}.${member.name.getText().replace(/^'|'$/g, '')}`;
      const doc = ts.getJSDocCommentsAndTags(member).find(ts.isJSDoc);
      members.set(path, typeof doc?.comment === 'string' ? doc.comment : undefined);
      if (member.type && ts.isTypeLiteralNode(member.type)) walk(path, member.type.members);
    }
  };
  for (const statement of file.statements) {
    if (ts.isInterfaceDeclaration(statement)) walk(statement.name.text, statement.members);
    else if (ts.isTypeAliasDeclaration(statement) && ts.isTypeLiteralNode(statement.type)) walk(statement.name.text, statement.type.members);
  }
  return members;
}

describe('generated types', () => {
  it('match what the generator makes from the schemas now (run `pnpm generate` if this fails)', async () => {
    const fresh: string = await generateTypes();
    expect(readFileSync(outputFile, 'utf8')).toBe(fresh);
  }, 30_000);

  it('carry the "do not edit" banner', () => {
    expect(readFileSync(outputFile, 'utf8')).toMatch(/^\/\* eslint-disable \*\/\n\/\*\*\n \* Generated from[\s\S]*Generated — do not edit/);
  });

  it('carry as JSDoc the title and description of every schema property that has one, on its member', () => {
    const expected = documentedProperties();
    const members = generatedMembers();
    // An older common version's definition that no kind uses, and that is the same as an earlier one, is folded into it by the generator.
    const typeNames = new Set([...members.keys()].map((path) => path.split('.')[0]!));
    for (const path of expected.keys()) if (/V\d+_\d+$/.test(path.split('.')[0]!) && !typeNames.has(path.split('.')[0]!)) expected.delete(path);
    const missing = [...expected.keys()].filter((path) => !members.has(path));
    expect(missing.join('\n'), 'schema properties with no member in the generated types').toEqual('');
    const documented = [...members].filter(([, doc]) => doc !== undefined);
    expect(documented.length).toBe(expected.size);
    // JSON-Schema-to-TypeScript prints the JSDoc text with the source's line breaks; compare the words.
    const words = (s: string | undefined) => s?.replace(/\s+/g, ' ').trim();
    for (const [path, doc] of expected) expect(words(members.get(path)), path).toBe(words(doc));
  });

  it('name the newest version of each kind plainly and every older one by its version', () => {
    const names = new Set([...readFileSync(outputFile, 'utf8').matchAll(/^export (?:type|interface) (\w+)/gm)].map((m) => m[1]!));
    for (const name of ['Assessment', 'AssessmentV1_0', 'SupportPlanV1_0', 'SafeguardingEnquiryV1_0', 'CapacityDecisionV1_0', 'PersonsWordsV1_0', 'PersonsWordsV1_1', 'PersonsWords', 'WrittenRecordGiven']) {
      expect(names.has(name), name).toBe(true);
    }
    expect(names.has('WrittenRecordGivenV1_1')).toBe(false);
    expect(versionSuffix('1.0.0', false)).toBe('V1_0');
    expect(versionSuffix('1.2.3', false)).toBe('V1_2_3');
    expect(versionSuffix('1.1.0', true)).toBe('');
  });

  it('give no type a second, numbered name (a $ref with annotations must not be copied)', () => {
    const names = [...readFileSync(outputFile, 'utf8').matchAll(/^export (?:type|interface) (\w+)/gm)].map((m) => m[1]!);
    const copies = names.filter((name) => /\d$/.test(name) && names.includes(name.replace(/\d+$/, '')));
    expect(copies).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });
});
