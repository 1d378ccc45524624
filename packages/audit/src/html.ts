import { builtInEntries, type LanguageEntry } from '@goodday/language';
import { codeLabel, getSchema, kindTable, recordKinds, type CodeListName } from '@goodday/schemas';
import { rules as catalogue } from '@goodday/validate';
import { READING_EASE_BANDS, type RuleTally, type Summary } from './summary.js';

const esc = (text: string | number) => String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const pct = (part: number, whole: number) => (whole === 0 ? 0 : (100 * part) / whole);

/** A horizontal bar chart as inline SVG, described for screen readers, with the same figures in a table beside it. */
function barChart(id: string, title: string, bars: { label: string; value: number; max: number; text: string }[], table?: string): string {
  if (bars.length === 0) return '<p>Nothing to show.</p>';
  const rowHeight = 28;
  // Room for the longest label and figure at 13px (about 7.5px a character), so neither is cut off at the edges.
  const labelWidth = Math.max(...bars.map((b) => b.label.length)) * 7.5 + 16;
  const textWidth = Math.max(...bars.map((b) => b.text.length)) * 7.5 + 16;
  const barWidth = 300;
  const height = bars.length * rowHeight + 10;
  const rows = bars
    .map((b, i) => {
      const y = i * rowHeight + 5;
      const w = b.max === 0 ? 0 : Math.round((barWidth * b.value) / b.max);
      return `<text x="${labelWidth - 8}" y="${y + 18}" text-anchor="end">${esc(b.label)}</text><rect x="${labelWidth}" y="${y + 4}" width="${w}" height="${rowHeight - 10}" fill="#1d70b8"></rect><text x="${labelWidth + w + 6}" y="${y + 18}">${esc(b.text)}</text>`;
    })
    .join('');
  table ??= `<table><caption>${esc(title)}</caption><thead><tr><th scope="col">Item</th><th scope="col">Figure</th></tr></thead><tbody>${bars.map((b) => `<tr><th scope="row">${esc(b.label)}</th><td>${esc(b.text)}</td></tr>`).join('')}</tbody></table>`;
  return `<figure><svg role="img" aria-labelledby="${id}-title" viewBox="0 0 ${labelWidth + barWidth + textWidth} ${height}" width="100%" font-size="13" font-family="system-ui, sans-serif" fill="#1b1b1b"><title id="${id}-title">${esc(title)}</title>${rows}</svg><figcaption>${esc(title)}</figcaption></figure>${table}`;
}

const STRUCTURE = { title: 'Record can be read and matches its schema', message: 'The record is structurally valid for its kind and version.' };
const ENTRY_KINDS: Record<LanguageEntry['kind'], string> = { label: 'A label for a person', jargon: 'Jargon', 'plain-english': 'A plainer word' };
const entries = new Map(builtInEntries.map((entry) => [entry.id, entry]));
/** A language entry in words: what was found ("Jargon: “MDT”"), what to write instead and why; unknown ids (from a newer summary) fall back to the id. */
const describeEntry = (id: string) => {
  const entry = entries.get(id);
  return entry ? { title: `${ENTRY_KINDS[entry.kind]}: “${entry.phrases[0]}”`, instead: entry.suggestions[0] ?? '', why: entry.note } : { title: `language/${id}`, instead: '', why: '' };
};
/** The catalogue's words for a rule; `structure` is the audit's own check; an id from a newer summary stays an id. */
const describeRule = (id: string): { title: string; message: string } => {
  if (id === 'structure') return STRUCTURE;
  if (id.startsWith('language/')) {
    const entry = describeEntry(id.slice('language/'.length));
    return { title: entry.title, message: entry.instead ? `${entry.why} Instead: “${entry.instead}”.` : entry.why };
  }
  return catalogue.find((r) => r.id === id) ?? { title: id, message: '' };
};
/** A rule or language entry's plain title, with its id small beside it. */
const titled = (ruleId: string) => {
  const { title } = describeRule(ruleId);
  return title === ruleId ? `<code>${esc(ruleId)}</code>` : `${esc(title)} <small><code>${esc(ruleId)}</code></small>`;
};
// The record kinds in the registry's order, then the audit's own kinds of check.
const KIND_ORDER = [...recordKinds, 'language', 'structure'];
const KIND_NAMES: Record<string, string> = { ...Object.fromEntries(kindTable.map((k) => [k.kind, k.many])), language: 'Language', structure: 'Structure' };
const kindOf = (id: string) => id.split('/')[0]!;
// Client Level Data's Review Outcomes Achieved, in its order and words.
const GOAL_MET = [['fully-met', 'Fully met'], ['partially-met', 'Partially met'], ['not-met', 'Not met']] as const;
// The eight carer outcomes of reg 3(2)(b), in the Regulations' order and words, read from the newest carer's assessment schema.
const CARER_OUTCOMES = (getSchema('carers-assessment')?.$defs?.CarerOutcome?.oneOf ?? []).map((b) => [String(b.const), b.title ?? String(b.const)] as const);
const failShare = (t: RuleTally) => pct(t.applied - t.passed, t.applied);

/** One section per kind of rule, worst conformance first, each bar the share that did not pass on an axis that shows differences. */
function ruleSections(rules: [string, RuleTally][]): string {
  if (rules.length === 0) return '<p>Nothing to show.</p>';
  const kinds = [...new Set(rules.map(([id]) => kindOf(id)))].sort((a, b) => (KIND_ORDER.indexOf(a) + 1 || 99) - (KIND_ORDER.indexOf(b) + 1 || 99) || (a < b ? -1 : 1));
  // Failing shares are small, so the axis runs to the next 10% above the worst rule rather than to 100%.
  const axis = Math.max(10, Math.ceil(Math.max(...rules.map(([, t]) => failShare(t))) / 10) * 10);
  const intro = `<p>Rules are grouped by kind, the worst first. Each bar is the share of records that did not pass the rule, on a scale from 0% to ${axis}%, so a longer bar is worse.</p>`;
  return intro + kinds
    .map((kind) => {
      const inKind = rules.filter(([id]) => kindOf(id) === kind);
      const rows = inKind.map(([id, t]) => ({ id, t, ...describeRule(id), failed: t.applied - t.passed }));
      const caption = `${KIND_NAMES[kind] ?? kind}: records that did not pass each rule`;
      const table = `<table><caption>${esc(caption)}</caption><thead><tr><th scope="col">Rule</th><th scope="col">What it checks</th><th scope="col">Did not pass</th><th scope="col">Passed</th></tr></thead><tbody>${rows.map((r) => `<tr><th scope="row">${esc(r.title)} <small><code>${esc(r.id)}</code></small></th><td>${esc(r.message)}</td><td>${esc(r.failed)} of ${esc(r.t.applied)} did not pass</td><td>${esc(pct(r.t.passed, r.t.applied).toFixed(1))}%</td></tr>`).join('')}</tbody></table>`;
      return `<h3>${esc(KIND_NAMES[kind] ?? kind)}</h3>\n${barChart(`rules-${kind.replace(/[^a-z0-9-]/gi, '-')}`, caption, rows.map((r) => ({ label: r.title, value: failShare(r.t), max: axis, text: `${r.failed} of ${r.t.applied} did not pass` })), table)}`;
    })
    .join('\n');
}

const label = (list: CodeListName, code: string) => {
  try {
    return codeLabel(list, code);
  } catch {
    return code;
  }
};

/**
 * One self-contained, accessible page: counts, conformance per rule with the first records to look at,
 * safeguarding outcomes and reading ease, as SVG charts and tables. No record text, unless the summary was made
 * with `includeText`, when the listed records' finding messages are shown.
 */
export function toHtml(summary: Summary, title = 'Good Day audit'): string {
  const rules = Object.entries(summary.rules).sort(([a, x], [b, y]) => failShare(y) - failShare(x) || (a < b ? -1 : a > b ? 1 : 0));
  const kinds = Object.entries(summary.byKind).flatMap(([kind, versions]) => Object.entries(versions).flatMap(([version, statuses]) => Object.entries(statuses).map(([status, n]) => ({ kind, version, status, n }))));
  const sg = summary.safeguarding;
  const sgBars = [
    ...Object.entries(sg.asked).map(([code, n]) => ({ label: `Asked: ${label('AskedAboutOutcomes', code)}`, value: n, max: Math.max(...Object.values(sg.asked)), text: String(n) })),
    ...Object.entries(sg.achieved).map(([code, n]) => ({ label: `Outcomes: ${label('OutcomeAchieved', code)}`, value: n, max: Math.max(...Object.values(sg.achieved)), text: String(n) })),
    ...Object.entries(sg.riskOutcome).map(([code, n]) => ({ label: `Risk: ${label('RiskOutcome', code)}`, value: n, max: Math.max(...Object.values(sg.riskOutcome)), text: String(n) })),
  ];
  const goals = summary.review.goals;
  const goalBars = GOAL_MET.filter(([code]) => Object.hasOwn(goals, code)).map(([code, name]) => ({ label: name, value: goals[code]!, max: Math.max(...Object.values(goals)), text: String(goals[code]) }));
  const unable = summary.carers.unableToAchieve;
  const carerBars = CARER_OUTCOMES.filter(([code]) => Object.hasOwn(unable, code)).map(([code, name]) => ({ label: name, value: unable[code]!, max: Math.max(...Object.values(unable)), text: String(unable[code]) }));
  const easeMax = Math.max(0, ...summary.language.readingEase);
  const findings = Object.entries(summary.language.findings).sort((a, b) => b[1] - a[1]);
  const failing = rules.flatMap(([ruleId, t]) => (t.examples ?? []).map((example) => ({ ruleId, example })));
  const withText = failing.some(({ example }) => example.message !== undefined);
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5;color:#1b1b1b;background:#fff;margin:0}
main{max-width:60rem;margin:0 auto;padding:1.5rem}
h2{margin-top:2rem;border-top:2px solid #d0d0d0;padding-top:.5rem}
table{border-collapse:collapse;margin:1rem 0;width:100%}
th,td{border:1px solid #b1b4b6;padding:.3rem .5rem;text-align:left}
caption{text-align:left;font-weight:bold;margin-bottom:.25rem}
figure{margin:1rem 0}
@media print{main{max-width:none}figure,table{break-inside:avoid}}
</style>
</head>
<body>
<main>
<h1>${esc(title)}</h1>
<p>${esc(summary.records)} records audited; ${esc(summary.unusableCount)} could not be read or identified. ${withText ? 'This report holds counts, rule ids, record ids and file names, and, as asked, what was wrong with each record listed: those messages can quote what practitioners wrote, so keep this report where the records may go.' : 'This report holds counts, rule ids, record ids and file names: no text or names from the records.'}</p>
<h2>Records</h2>
<table><caption>Records by kind, version and status</caption><thead><tr><th scope="col">Kind</th><th scope="col">Version</th><th scope="col">Status</th><th scope="col">Records</th></tr></thead><tbody>${kinds.map((k) => `<tr><td>${esc(k.kind)}</td><td>${esc(k.version)}</td><td>${esc(k.status)}</td><td>${esc(k.n)}</td></tr>`).join('')}</tbody></table>
<h2>Conformance per rule</h2>
${ruleSections(rules)}
${failing.length ? `<h2>Records to look at</h2><table><caption>The first records that did not pass each rule, by where they are in the files</caption><thead><tr><th scope="col">Rule</th><th scope="col">Record</th><th scope="col">File</th><th scope="col">Line or item</th>${withText ? '<th scope="col">What was wrong</th>' : ''}</tr></thead><tbody>${failing.map(({ ruleId, example: e }) => `<tr><td>${titled(ruleId)}</td><td>${esc(e.id)}</td><td>${esc(e.file)}</td><td>${esc(e.line ?? e.index ?? '')}</td>${withText ? `<td>${esc(e.message ?? '')}</td>` : ''}</tr>`).join('')}</tbody></table>` : ''}
<h2>Making Safeguarding Personal</h2>
${barChart('msp', 'Concluded safeguarding enquiries: asked, outcomes and risk', sgBars)}
<h2>Reviews</h2>
${barChart('review-goals', 'Goals in complete reviews: fully, partially or not met', goalBars)}
<h2>Carers' assessments</h2>
${barChart('carers-unable', "Complete carers' assessments: carer outcomes the carer was unable to achieve (Eligibility Regulations 2015 reg 3(2)(b))", carerBars)}
<h2>Language</h2>
${barChart('ease', 'Records by reading ease of their practitioner text (higher is easier)', READING_EASE_BANDS.map((band, i) => ({ label: band, value: summary.language.readingEase[i] ?? 0, max: easeMax, text: String(summary.language.readingEase[i] ?? 0) })))}
<table><caption>Language findings per entry, most first</caption><thead><tr><th scope="col">What was found</th><th scope="col">What to write instead</th><th scope="col">Why</th><th scope="col">Findings</th></tr></thead><tbody>${findings.map(([id, n]) => `<tr><th scope="row">${titled(`language/${id}`)}</th><td>${esc(describeEntry(id).instead)}</td><td>${esc(describeEntry(id).why)}</td><td>${esc(n)}</td></tr>`).join('')}</tbody></table>
${summary.unusable.length ? `<h2>Could not be used</h2><table><caption>The first ${esc(summary.unusable.length)} of ${esc(summary.unusableCount)}</caption><thead><tr><th scope="col">File</th><th scope="col">Line or item</th><th scope="col">Why</th></tr></thead><tbody>${summary.unusable.map((u) => `<tr><td>${esc(u.file)}</td><td>${esc(u.line ?? u.index ?? '')}</td><td>${esc(u.reason)}</td></tr>`).join('')}</tbody></table>` : ''}
</main>
</body>
</html>
`;
}
