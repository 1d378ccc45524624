// One measurement in its own process: "floor" reads the NDJSON and parses each line; "audit" audits it.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const [mode, file, workers] = process.argv.slice(2);
const start = performance.now();
let n = 0;
if (mode === 'floor') {
  for await (const line of createInterface({ input: createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 }), crlfDelay: Infinity })) {
    if (line) {
      JSON.parse(line);
      n++;
    }
  }
} else {
  const { auditPaths } = await import(new URL('../../packages/audit/dist/index.js', import.meta.url).href);
  n = (await auditPaths([file], { workers: Number(workers) })).records;
}
const seconds = (performance.now() - start) / 1000;
process.stdout.write(JSON.stringify({ records: n, perSecond: n / seconds, peakMb: process.resourceUsage().maxRSS / 1024 }));
