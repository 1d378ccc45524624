// Prints vitest's totals as one plain line ("N passed, N failed"), which any CI log reader understands.
import { readFileSync } from 'node:fs';

const results = JSON.parse(readFileSync(new URL('../node_modules/.cache/vitest-results.json', import.meta.url), 'utf8'));
console.log(`${results.numPassedTests} passed, ${results.numFailedTests} failed`);
