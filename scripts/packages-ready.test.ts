import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every published package: its metadata points at this repository, and its tarball carries the licence.
const root = join(import.meta.dirname, '..');
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const licence = readFileSync(join(root, 'LICENSE'), 'utf8');
const packages = readdirSync(join(root, 'packages')).sort();

describe.each(packages)('packages/%s', (folder) => {
  const dir = join(root, 'packages', folder);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));

  it('names the repository, its folder in it, the home page and where to report problems', () => {
    expect(pkg.repository).toEqual({ ...rootPackage.repository, directory: `packages/${folder}` });
    expect(pkg.homepage).toBe(`${rootPackage.homepage.replace(/#readme$/, '')}/tree/main/packages/${folder}#readme`);
    expect(pkg.bugs).toEqual(rootPackage.bugs);
    expect(pkg.keywords.length).toBeGreaterThanOrEqual(3);
    expect(new Set(pkg.keywords).size).toBe(pkg.keywords.length);
    expect(pkg.publishConfig).toMatchObject({ access: 'public' });
    expect(pkg.license).toBe('MIT');
  });

  it('has the MIT licence of the repository, word for word, and packs it', () => {
    expect(readFileSync(join(dir, 'LICENSE'), 'utf8')).toBe(licence);
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    const files = packed.files.map((file: { path: string }) => file.path);
    expect(files).toContain('LICENSE');
    expect(files).toContain('README.md');
  }, 60_000);
});

it('the root licence is MIT, for Good Day contributors', () => {
  expect(licence).toMatch(/^MIT License\n\nCopyright \(c\) 2026 Good Day contributors\n/);
  expect(rootPackage.license).toBe('MIT');
});
