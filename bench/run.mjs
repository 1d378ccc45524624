// `pnpm bench`: runs every benchmark in turn, giving each only the options it takes, so that any option can be passed.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchOptions, parseArgsOptions } from './options.mjs';

const names = Object.keys(benchOptions);
// Option name → the benchmarks that take it, for the usage.
const byOption = {};
for (const bench of names) for (const [name, { default: value, description }] of Object.entries(benchOptions[bench])) (byOption[name] ??= []).push({ bench, description, value });
const usage = () =>
  [
    'Usage: pnpm bench [--only <names>] [options]   (or node bench/run.mjs after pnpm build)',
    '',
    `  --only <names>   comma-separated, of: ${names.join(', ')} (default: all, in that order)`,
    `  --dry-run        print the commands without running them`,
    ...Object.entries(byOption).map(([name, uses]) => {
      const { description, value } = uses[0];
      const same = uses.every((use) => use.description === description && use.value === value);
      const meaning = same ? `${uses.map((use) => use.bench).join(', ')}: ${description} (default ${value})` : uses.map((use) => `${use.bench}: ${use.description} (default ${use.value})`).join('; ');
      return `  --${`${name} <n>`.padEnd(14)} ${meaning}`;
    }),
  ].join('\n');

// Every option of every benchmark, without defaults, so that only what was given is passed on.
const known = { only: { type: 'string' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } };
for (const bench of names) for (const [name, { type }] of Object.entries(parseArgsOptions(bench))) known[name] = { type };

let given;
try {
  given = parseArgs({ options: known, strict: true, allowPositionals: false }).values;
} catch (error) {
  console.error(`bench: ${error.message.split('\n')[0].replace(/\.?$/, '.')} Run with --help for the options.`);
  process.exit(2);
}
if (given.help) {
  console.log(usage());
  process.exit(0);
}
const chosen = given.only ? given.only.split(',').map((s) => s.trim()) : names;
const unknown = chosen.filter((name) => !names.includes(name));
if (unknown.length > 0) {
  console.error(`bench: no benchmark called ${unknown.join(', ')}: choose from ${names.join(', ')}.`);
  process.exit(2);
}

let failed = 0;
for (const bench of chosen) {
  const args = Object.keys(benchOptions[bench]).flatMap((name) => (given[name] === undefined ? [] : [`--${name}`, given[name]]));
  console.log(`${given['dry-run'] ? '' : '\n=== '}node bench/${bench}/run.mjs ${args.join(' ')}`.trimEnd());
  if (given['dry-run']) continue;
  const { status } = spawnSync(process.execPath, [fileURLToPath(new URL(`./${bench}/run.mjs`, import.meta.url)), ...args], { stdio: 'inherit' });
  if (status !== 0) failed++;
}
process.exitCode = failed === 0 ? 0 : 1;
