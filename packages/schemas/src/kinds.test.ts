import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { kindTable } from './kinds.js';
import { kindWords, recordKinds } from './schema-id.js';

const schemasDir = join(import.meta.dirname, '../../../schemas');

it('registers every kind that has a folder in schemas/, and no other', () => {
  const folders = readdirSync(schemasDir).filter((name) => name !== 'common');
  expect([...recordKinds].sort()).toEqual(folders.sort());
  expect(new Set(recordKinds).size).toBe(kindTable.length);
});

it('names each kind in a sentence with its article and in a heading in the plural', () => {
  for (const { kind, one, many } of kindTable) {
    // An apostrophe belongs to the words ("a carer's assessment"), not to the kind's name.
    expect(one, kind).toMatch(/^an? [a-z' ]+$/);
    expect(one.replace(/^an? /, '').replace(/'/g, '').replace(/ /g, '-'), kind).toBe(kind);
    expect(many, kind).toMatch(/^[A-Z][a-z' ]+s$/);
  }
  expect(kindWords('support-plan')).toEqual({ kind: 'support-plan', one: 'a support plan', many: 'Support plans' });
  expect(kindWords('education-plan')).toEqual({ one: 'an education plan', many: 'Education plans' });
});
