// A large NDJSON export for the audit and CLD benchmarks: the example records of every kind, valid and invalid, as a
// realistic mix, cycled to the size asked for, each with its own id.
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const records = fileURLToPath(new URL('../examples/records/', import.meta.url));

/** Every example record as one line of JSON, in file name order. */
export const exampleLines = () =>
  execFileSync('find', [records, '-name', '*.json'], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .sort()
    .map((f) => JSON.stringify(JSON.parse(readFileSync(f, 'utf8'))));

/** Writes `n` records to `file`, cycling through `lines` and making each id unique. */
export async function writeExport(file, n, lines) {
  const out = createWriteStream(file);
  for (let i = 0; i < n; i++) {
    const line = lines[i % lines.length].replace(/"id":"([^"]+)"/, (_, id) => `"id":"${id}-${i}"`);
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
