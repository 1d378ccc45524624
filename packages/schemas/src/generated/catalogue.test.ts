import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- the generator is a plain .mjs build script without type declarations.
import { generatedFiles, schemaFiles, staleFiles } from '../../scripts/build-catalogue.mjs';

describe('the published schema list (generated from schemas/)', () => {
  it('is what the generator writes now', () => {
    expect(staleFiles()).toEqual([]);
  });

  it('picks up a new version and a new kind from their files alone, oldest version first, common first', () => {
    const dir = mkdtempSync(join(tmpdir(), 'goodday-schemas-'));
    for (const [name, version] of [['common', '1.0.0'], ['common', '1.10.0'], ['common', '1.2.0'], ['zebra-kind', '1.0.0'], ['assessment', '1.0.0']]) {
      mkdirSync(join(dir, name!), { recursive: true });
      writeFileSync(join(dir, name!, `${version}.json`), '{}');
    }
    expect(schemaFiles(dir).map((s: { name: string; version: string }) => `${s.name} ${s.version}`)).toEqual(['common 1.0.0', 'common 1.2.0', 'common 1.10.0', 'assessment 1.0.0', 'zebra-kind 1.0.0']);
    const byName: string = generatedFiles(dir)['src/generated/schemas-by-name.ts'];
    expect(byName).toContain('export const zebraKindSchemas: readonly JsonSchema[] = [zebraKind1_0_0];');
    expect(byName).toContain('export const commonSchemas: readonly JsonSchema[] = [common1_0_0, common1_2_0, common1_10_0];');
  });

  it('refuses a file in schemas/ that is not named by its version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'goodday-schemas-'));
    mkdirSync(join(dir, 'common'));
    writeFileSync(join(dir, 'common', 'latest.json'), '{}');
    expect(() => schemaFiles(dir)).toThrow(/schemas\/common\/latest\.json is not named <major>\.<minor>\.<patch>\.json/);
  });

  it('carries the generated banner', () => {
    for (const file of Object.keys(generatedFiles())) expect(readFileSync(join(import.meta.dirname, '../..', file), 'utf8')).toMatch(/^\/\/ Generated from schemas\/ .* Generated — do not edit\./);
  });
});
