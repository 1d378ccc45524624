// What a vendor does before the first release: pack every package, install the tarballs in an empty project with
// npm, and use each package from there, as ESM and as CommonJS, and the goodday command. Run by .ci/run after the
// Quick start (the packages are built by then); exits 1 with the reason if any step fails.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const root = fileURLToPath(new URL('..', import.meta.url));
const project = mkdtempSync(join(tmpdir(), 'goodday-vendor-'));
try {
  run(process.execPath, [join(root, 'scripts/pack.mjs')], root);
  const tarballs = readdirSync(join(root, 'tarballs')).filter((name) => name.endsWith('.tgz'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'vendor-project', private: true }));
  run('npm', ['install', '--no-audit', '--no-fund', '--silent', ...tarballs.map((name) => join(root, 'tarballs', name))], project);
  const names = tarballs.map((name) => `@goodday/${name.replace(/^goodday-/, '').replace(/-\d.*$/, '')}`);
  const uses = names.map((name) => `[${JSON.stringify(name)}, Object.keys(m[${JSON.stringify(name)}]).length]`).join(', ');
  writeFileSync(join(project, 'esm.mjs'), `${names.map((name, i) => `import * as p${i} from ${JSON.stringify(name)};`).join('\n')}\nconst m = {${names.map((name, i) => `${JSON.stringify(name)}: p${i}`).join(', ')}};\nconsole.log(JSON.stringify([${uses}]));\n`);
  writeFileSync(join(project, 'cjs.cjs'), `const m = {${names.map((name) => `${JSON.stringify(name)}: require(${JSON.stringify(name)})`).join(', ')}};\nconsole.log(JSON.stringify([${uses}]));\n`);
  for (const file of ['esm.mjs', 'cjs.cjs']) {
    const exported = JSON.parse(run(process.execPath, [file], project));
    const empty = exported.filter(([, count]) => count === 0);
    if (empty.length > 0) throw new Error(`${file}: ${empty.map(([name]) => name).join(', ')} exported nothing`);
  }
  const version = run(join(project, 'node_modules/.bin/goodday'), ['--version'], project).trim();
  const example = join(root, 'examples/records/assessment/complete-eligible.json');
  run(join(project, 'node_modules/.bin/goodday'), ['validate', example], project);
  console.log(`${tarballs.length} tarballs installed with npm in an empty project; each package imports as ESM and CommonJS; ${version} validates an example.`);
} catch (error) {
  const detail = String(error.stderr || error.message).trim().split('\n')[0];
  console.error(`The tarballs do not install and run in a project of their own: ${detail}`);
  process.exitCode = 1;
} finally {
  rmSync(project, { recursive: true, force: true });
}
