// `pnpm tarballs`: builds, then packs every package into tarballs/, to install in another project before the packages are
// published: workspace dependencies become plain versions, so the tarballs install together with npm, pnpm or yarn.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pnpm } from './pnpm.mjs';

const out = fileURLToPath(new URL('../tarballs/', import.meta.url));
rmSync(out, { recursive: true, force: true });
mkdirSync(out);
execFileSync(pnpm[0], [...pnpm.slice(1), '-r', '--silent', 'pack', '--pack-destination', out], { stdio: ['ignore', 'ignore', 'inherit'] });
const tarballs = readdirSync(out).filter((name) => name.endsWith('.tgz')).sort();
console.log(`Packed ${tarballs.length} packages into tarballs/:`);
for (const name of tarballs) console.log(`  ${name}`);
console.log('\nIn your project, install the ones you use with those they depend on, for example:');
const named = (pkg) => tarballs.find((name) => name.startsWith(`goodday-${pkg}-`));
console.log(`  npm install ${['schemas', 'language', 'validate'].map((pkg) => `${out}${named(pkg)}`).join(' ')}`);
