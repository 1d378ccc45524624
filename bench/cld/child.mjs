// One measurement in its own process: "audit" audits the NDJSON on one thread (or more); "cld" exports its CLD rows as CSV.
const [mode, file, workers] = process.argv.slice(2);
const audit = await import(new URL('../../packages/audit/dist/index.js', import.meta.url).href);
const start = performance.now();
let n = 0;
let rows = 0;
if (mode === 'audit') {
  n = (await audit.auditPaths([file], { workers: Number(workers) })).records;
} else {
  const cld = await import(new URL('../../packages/cld/dist/index.js', import.meta.url).href);
  const options = { laCode: 'E09000012', period: { from: '2026-04-01', to: '2026-06-30' }, personId: cld.personRefOf };
  const summary = cld.emptyCldSummary();
  // The CSV is made as the command makes it, in batches, and dropped: writing it out is not what is measured.
  let batch = cld.cldCsvHeader();
  let bytes = 0;
  for await (const item of audit.readRecords([file])) {
    n++;
    if ('error' in item) continue;
    for (const row of cld.cldEventsOf(item.value, options, summary)) batch += cld.cldCsvRow(row);
    if (batch.length >= 1 << 18) {
      bytes += batch.length;
      batch = '';
    }
  }
  rows = summary.rows;
  bytes += batch.length;
}
const seconds = (performance.now() - start) / 1000;
process.stdout.write(JSON.stringify({ records: n, rows, perSecond: n / seconds, peakMb: process.resourceUsage().maxRSS / 1024 }));
