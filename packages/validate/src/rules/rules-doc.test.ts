import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { rules } from './catalogue.js';

const docFile = join(import.meta.dirname, '../../../../docs/rules.md');

function renderRulesDoc(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = rules.map((r) => `| ${cell(r.title)} | \`${r.id}\` | ${r.severity} | ${r.stage === 'complete' ? (r.kind === 'safeguarding-enquiry' ? 'at conclusion' : 'at completion') : 'always'} | ${cell(r.message)} ${cell(r.hint)} | ${cell(r.source)} |`);
  return [
    '<!-- Generated from packages/validate/src/rules by rules-doc.test.ts. Generated — do not edit; run `UPDATE_DOCS=1 pnpm vitest run rules-doc`. -->',
    '# Rules',
    '',
    'Every rule Good Day checks. "Always" rules apply to drafts and open enquiries too; "at completion" and "at conclusion" rules apply once a record says it is complete, or an enquiry that it is concluded. Errors make a record invalid; warnings do not.',
    '',
    '| rule | id | severity | applies | what it asks, and what to do | source |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

it('docs/rules.md lists every rule as the code defines it', () => {
  if (process.env.UPDATE_DOCS) writeFileSync(docFile, renderRulesDoc());
  expect(readFileSync(docFile, 'utf8')).toBe(renderRulesDoc());
});
