import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goodday as runCli } from '../../test/goodday.js';

const dir = mkdtempSync(join(tmpdir(), 'goodday-lint-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const labelled = file('note.txt', 'Arthur likes his garden.\nHe wanders at night and is non-compliant.\n');
const clean = file('clean.txt', 'Arthur likes his garden. He walks to the shop each morning.\n');

const goodday = (args: string[], stdin = '') => runCli(args, { readStdin: async () => new TextEncoder().encode(stdin) });

describe('goodday lint', () => {
  it('exits 1 for labels, with line:column, the rule, the message and suggestions', async () => {
    const { code, stdout } = await goodday(['lint', labelled]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${labelled}:2:4  warning  language/wandering\n    Replace "wanders", a label`);
    expect(stdout).toContain('    try: walks; goes for a walk');
    expect(stdout).toContain(`${labelled}:2:28  warning  language/non-compliant`);
    expect(stdout).toMatch(/Readability: 2 sentences, 11 words, .*reading age about \d+/);
    expect(stdout).toContain('0 errors, 2 warnings, 0 info.');
  });

  it('exits 0 for clean text', async () => {
    const { code, stdout } = await goodday(['lint', clean]);
    expect(code).toBe(0);
    expect(stdout).toContain('0 errors, 0 warnings, 0 info.');
  });

  it('prints the agreed JSON, with line and column in the input', async () => {
    const { code, stdout } = await goodday(['lint', '--json', labelled]);
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['findings', 'readability']);
    expect(json.findings[0]).toEqual({ ruleId: 'language/wandering', severity: 'warning', message: expect.any(String), line: 2, column: 4, start: 28, end: 35, suggestions: expect.arrayContaining(['walks']) });
    expect(json.readability).toMatchObject({ sentences: 2, words: 11 });
  });

  it('reads standard input for - or no file, and keeps the person\'s voice to info', async () => {
    expect((await goodday(['lint', '-'], 'He wanders.')).code).toBe(1);
    expect((await goodday(['lint'], 'He wanders.')).stdout).toContain('<stdin>:1:4  warning  language/wandering');
    const person = await goodday(['lint', '--voice', 'person'], 'My dad wanders at night.');
    expect(person.code).toBe(0);
    expect(person.stdout).toContain('info     language/wandering');
  });

  it('counts columns from the start of the line after a byte-order mark', async () => {
    const withBom = file('bom.txt', '\ufeffHe wanders.');
    expect((await goodday(['lint', '--json', withBom])).stdout).toContain('"column": 4');
  });

  it.each([
    [['lint', join(dir, 'missing.txt')], /missing\.txt: no such file\.$/],
    [['lint', dir], /it is a folder or device, not a file\.$/],
    [['lint', '--voice', 'robot', clean], /--voice must be practitioner or person, not "robot"\.$/],
    [['lint', clean, clean], /give one file/],
    [['lint', '--colour', clean], /Unknown option '--colour'/],
  ])('exits 2 with one line for %j', async (args, reason) => {
    const { code, stdout, stderr } = await goodday(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(stderr.trim()).toMatch(reason);
  });
});
