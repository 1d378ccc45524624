import { builtInEntries } from '@goodday/language';
import { rules } from '@goodday/validate';
import { describe, expect, it } from 'vitest';
import { toHtml } from './html.js';
import { emptySummary, type Summary } from './summary.js';

const tally = (applied: number, passed: number) => ({ applied, passed, failed: applied - passed });
const summaryWith = (ruleTallies: Summary['rules']): Summary => ({ ...emptySummary(), rules: ruleTallies });

describe('the audit page, conformance per rule', () => {
  const advice = rules.find((r) => r.id === 'assessment/advice-when-not-eligible')!;
  const html = toHtml(
    summaryWith({
      'assessment/advice-when-not-eligible': tally(240, 228),
      'assessment/advocacy': tally(240, 211),
      'support-plan/review-date': tally(100, 99),
      'from-the-future/new-rule': tally(5, 4),
      structure: tally(300, 300),
    }),
  );

  it('shows each rule by its plain title and what it checks, with the id beside it', () => {
    expect(html).toContain(`${advice.title} <small><code>assessment/advice-when-not-eligible</code></small>`);
    expect(html).toContain(`<td>${advice.message.replace(/'/g, '&#39;')}</td>`);
  });

  it('shows the failing count beside each bar and in its table', () => {
    expect(html).toContain('>12 of 240 did not pass</text>');
    expect(html).toContain('<td>29 of 240 did not pass</td>');
    expect(html).toContain('1 of 5 did not pass');
  });

  it('groups rules by kind, in a fixed order, worst first inside each', () => {
    const at = (s: string) => html.indexOf(s);
    expect(at('<h3>Assessments</h3>')).toBeGreaterThan(-1);
    expect(at('<h3>Assessments</h3>')).toBeLessThan(at('<h3>Support plans</h3>'));
    expect(at('<h3>Support plans</h3>')).toBeLessThan(at('<h3>Structure</h3>'));
    expect(at('<h3>Structure</h3>')).toBeLessThan(at('<h3>from-the-future</h3>'));
    expect(at('29 of 240')).toBeLessThan(at('12 of 240'));
  });

  it('draws the failing share on an axis it names, so close rates look different', () => {
    // Worst is 29/240 (12.1%), so the axis runs to 20% and bars are 300 × share / 20.
    expect(html).toContain('on a scale from 0% to 20%');
    expect(html).toContain(`width="${Math.round((300 * (100 * 29) / 240) / 20)}"`);
    expect(html).toContain(`width="${Math.round((300 * (100 * 12) / 240) / 20)}"`);
  });

  it('falls back to the id for a rule it does not know, escaping everything', () => {
    expect(html).toContain('from-the-future/new-rule <small><code>from-the-future/new-rule</code></small>');
    const odd = toHtml(summaryWith({ '<b>x</b>/y': tally(1, 0) }));
    expect(odd).not.toContain('<b>x</b>');
    expect(odd).toContain('&lt;b&gt;x&lt;/b&gt;/y');
  });
});

describe('the audit page, language entries and records to look at', () => {
  const mdt = builtInEntries.find((e) => e.id === 'mdt')!;
  const summary: Summary = {
    ...summaryWith({
      'assessment/advocacy': { ...tally(10, 9), examples: [{ id: 'assessment-0042', file: 'export.ndjson', line: 7 }] },
      'language/mdt': tally(10, 8),
    }),
    language: { ...emptySummary().language, findings: { mdt: 3, 'from-the-future': 1 } },
  };
  const html = toHtml(summary);

  it('names each language entry by what was found, with what to write instead and why', () => {
    expect(html).toContain(`<th scope="row">Jargon: “${mdt.phrases[0]}” <small><code>language/mdt</code></small></th><td>${mdt.suggestions[0]}</td><td>${mdt.note}</td><td>3</td>`);
    expect(html).toContain('<th scope="row"><code>language/from-the-future</code></th><td></td><td></td><td>1</td>');
  });

  it('shows language rules in the conformance section by the same words', () => {
    expect(html).toContain(`Jargon: “${mdt.phrases[0]}” <small><code>language/mdt</code></small></th><td>${mdt.note} Instead: “${mdt.suggestions[0]}”.</td><td>2 of 10 did not pass</td>`);
  });

  it('names the rule of each record to look at by its title', () => {
    const advocacy = rules.find((r) => r.id === 'assessment/advocacy')!;
    expect(html).toContain(`<tr><td>${advocacy.title.replace(/'/g, '&#39;')} <small><code>assessment/advocacy</code></small></td><td>assessment-0042</td><td>export.ndjson</td><td>7</td></tr>`);
  });
});
