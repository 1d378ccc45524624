/// <reference lib="dom" />
// The page.evaluate callbacks run in Chromium, where window and document exist.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { useChromium } from '../../../test/browser.js';

// Which entry of which package runs in a browser, and the sentence its README says about it. The built ESM is
// bundled as a vendor's bundler would (platform browser, nothing external), then run in Chromium.
const root = join(import.meta.dirname, '../../..');
type Smoke = 'schemas' | 'language' | 'validate' | 'render' | 'audit' | 'forms' | 'llm' | 'cld' | 'fhir';
interface Entry {
  readonly name: string;
  readonly file: string;
  readonly readme: string;
  readonly says: string;
  readonly browser: boolean;
  readonly smoke?: Smoke;
}
const BROWSER = 'Runs in Node 20+ and in browsers';
const entries: readonly Entry[] = [
  { name: '@goodday/schemas', file: 'packages/schemas/dist/index.js', readme: 'packages/schemas/README.md', says: BROWSER, browser: true, smoke: 'schemas' },
  { name: '@goodday/language', file: 'packages/language/dist/index.js', readme: 'packages/language/README.md', says: BROWSER, browser: true, smoke: 'language' },
  { name: '@goodday/validate', file: 'packages/validate/dist/index.js', readme: 'packages/validate/README.md', says: BROWSER, browser: true, smoke: 'validate' },
  { name: '@goodday/render', file: 'packages/render/dist/index.js', readme: 'packages/render/README.md', says: BROWSER, browser: true, smoke: 'render' },
  { name: '@goodday/forms', file: 'packages/forms/dist/index.js', readme: 'packages/forms/README.md', says: BROWSER, browser: true, smoke: 'forms' },
  { name: '@goodday/llm', file: 'packages/llm/dist/index.js', readme: 'packages/llm/README.md', says: BROWSER, browser: true, smoke: 'llm' },
  { name: '@goodday/cld', file: 'packages/cld/dist/index.js', readme: 'packages/cld/README.md', says: BROWSER, browser: true, smoke: 'cld' },
  { name: '@goodday/fhir', file: 'packages/fhir/dist/index.js', readme: 'packages/fhir/README.md', says: BROWSER, browser: true, smoke: 'fhir' },
  { name: '@goodday/audit/browser', file: 'packages/audit/dist/browser.js', readme: 'packages/audit/README.md', says: '`@goodday/audit/browser` runs in browsers', browser: true, smoke: 'audit' },
  { name: '@goodday/audit', file: 'packages/audit/dist/index.js', readme: 'packages/audit/README.md', says: '`@goodday/audit` is for Node 20+', browser: false },
  { name: '@goodday/cli', file: 'packages/cli/dist/index.js', readme: 'packages/cli/README.md', says: 'For Node 20+ only', browser: false },
];

const bundles = new Map<string, Promise<{ code: string; builtins: string[] }>>();
/** Bundles one entry for the browser, once; lists every Node built-in module it would pull in, by the module that imports it. */
function bundleForBrowser(file: string): Promise<{ code: string; builtins: string[] }> {
  let bundle = bundles.get(file);
  if (!bundle) bundles.set(file, (bundle = bundleOnce(file)));
  return bundle;
}

async function bundleOnce(file: string): Promise<{ code: string; builtins: string[] }> {
  const builtins: string[] = [];
  const nodeBuiltins: Plugin = {
    name: 'node-builtins',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (!args.path.startsWith('node:') && !builtinModules.includes(args.path)) return undefined;
        builtins.push(`${args.path} (from ${relative(root, args.importer)})`);
        // Left out so the bundle completes and every such import is listed, not only the first.
        return { path: args.path, external: true };
      });
    },
  };
  const result = await build({ entryPoints: [join(root, file)], bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent', plugins: [nodeBuiltins] });
  return { code: result.outputFiles[0]!.text, builtins };
}

const record = (path: string): unknown => JSON.parse(readFileSync(join(root, 'examples/records', path), 'utf8'));
const records = [record('assessment/complete-eligible.json'), record('assessment/invalid-good-day.json'), record('support-plan/draft.json')];

const ORIGIN = 'https://goodday.invalid';
const browser = useChromium();

/**
 * What each entry is asked to do, in the browser and in Node alike. Plain JavaScript with nothing from around it,
 * as its source is what runs in the page.
 */
async function smokeCheck(m: Record<string, (...args: never[]) => unknown>, smoke: Smoke, records: readonly unknown[]): Promise<unknown> {
  const call = (name: string, ...args: unknown[]) => (m[name] as (...a: unknown[]) => unknown)(...args);
  switch (smoke) {
    case 'schemas':
      return ['assessment', 'support-plan', 'tenancy'].map((kind) => call('isRecordKind', kind));
    case 'language':
      return call('lint', 'She is a vulnerable adult who is non-compliant with her medication.');
    case 'validate':
      return records.map((r) => call('validate', r));
    case 'render':
      return call('render', records[0]);
    case 'audit': {
      const summary = await call('audit', call('recordItems', records, 'upload.json'), { hashIds: true });
      const whole = call('merge', summary, summary);
      return { json: call('toJson', whole), csv: call('toCsv', whole), html: call('toHtml', whole) };
    }
    case 'llm': {
      const schema = call('llmSchema', 'assessment', { provider: 'anthropic' });
      return { sections: (schema as { sections: unknown[] }).sections.length, back: call('fromModelOutput', 'assessment', call('toModelShape', records[0], schema)), same: records[0] };
    }
    case 'cld': {
      const { rows, summary } = call('toCldEvents', records, { laCode: 'E09000012', period: { from: '2026-01-01', to: '2026-12-31' }, personId: m.personRefOf }) as { rows: unknown[]; summary: unknown };
      return { csv: call('toCldCsv', rows), line: call('cldSummaryLine', summary) };
    }
    case 'fhir': {
      const response = call('toQuestionnaireResponse', records[0]);
      return { items: (call('toQuestionnaire', 'assessment') as { item: unknown[] }).item.length, response, back: call('fromQuestionnaireResponse', response), same: records[0] };
    }
    case 'forms':
      return { schema: call('formSchema', 'assessment'), jsonForms: call('jsonFormsUiSchema', 'assessment'), rjsf: call('rjsfUiSchema', 'assessment', undefined, records[0]) };
  }
}

// What each check's answer must show for the comparison with Node to mean anything.
const meaningful: Record<Smoke, (answer: unknown) => boolean> = {
  schemas: (a) => JSON.stringify(a) === '[true,true,false]',
  language: (a) => (a as { findings: unknown[] }).findings.length > 0,
  validate: (a) => (a as { valid: boolean }[]).some((r) => r.valid) && (a as { valid: boolean }[]).some((r) => !r.valid),
  render: (a) => typeof a === 'string' && a.startsWith('<!doctype html>'),
  forms: (a) => (a as { jsonForms: { elements: unknown[] } }).jsonForms.elements.length > 3 && JSON.stringify(a).includes('ui:order'),
  llm: (a) => (a as { sections: number }).sections > 1 && isDeepStrictEqual((a as { back: unknown }).back, (a as { same: unknown }).same),
  cld: (a) => (a as { csv: string }).csv.startsWith('LA_Code,') && (a as { csv: string }).csv.includes('\nE09000012,') && (a as { line: string }).line.includes('support-plan 1 (draft)'),
  fhir: (a) => (a as { items: number }).items > 10 && isDeepStrictEqual((a as { back: unknown }).back, (a as { same: unknown }).same),
  audit: (a) => (a as { html: string }).html.includes('<svg role="img"') && (a as { json: string }).json.includes(`"records": ${2 * records.length}`),
};

/** Loads the bundle as a module in a page and runs the entry's check there; resolves to what it gave, or fails on any page error. */
async function runInBrowser(code: string, smoke: Smoke): Promise<unknown> {
  const page = await browser().newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    // Served from one made-up origin, so that the page can load the bundle as a module; nothing reaches the network.
    const load = 'import("./bundle.js").then((m) => (window.goodday = m), (e) => (window.gooddayFailed = String(e)));';
    const html = `<!doctype html><html lang="en"><title>bundle</title><script type="module">${load}</script></html>`;
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === `${ORIGIN}/bundle.js`) return route.fulfill({ contentType: 'text/javascript', body: code });
      if (url === `${ORIGIN}/`) return route.fulfill({ contentType: 'text/html', body: html });
      return route.abort();
    });
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => 'goodday' in window || 'gooddayFailed' in window, undefined, { timeout: 20_000 });
    const failed = await page.evaluate(() => (window as { gooddayFailed?: string }).gooddayFailed);
    if (failed !== undefined) throw new Error(`The bundle did not load: ${failed}`);
    // The browser has neither of Node's globals: code that reaches for them fails here.
    expect(await page.evaluate(() => ['process', 'Buffer', 'require'].filter((name) => name in globalThis))).toEqual([]);
    const result = await page.evaluate(`(${smokeCheck.toString()})(window.goodday, ${JSON.stringify(smoke)}, ${JSON.stringify(records)})`);
    expect(errors).toEqual([]);
    return result;
  } finally {
    await page.close();
  }
}

describe.each(entries)('$name', (entry) => {
  it(`${entry.browser ? 'bundles for the browser with no Node built-in' : 'needs Node built-ins, as its README says'}`, async () => {
    const { builtins } = await bundleForBrowser(entry.file);
    if (entry.browser) expect(builtins).toEqual([]);
    else expect(builtins.length).toBeGreaterThan(0);
    const readme = readFileSync(join(root, entry.readme), 'utf8').replace(/\s+/g, ' ');
    expect(readme.includes(entry.says), `${entry.readme} says "${entry.says}"`).toBe(true);
  }, 60_000);

  if (entry.smoke) {
    const smoke = entry.smoke;
    it('runs in Chromium from that bundle, giving what the package gives in Node', async () => {
      const { code } = await bundleForBrowser(entry.file);
      const inNode = await smokeCheck(await import(pathToFileURL(join(root, entry.file)).href), smoke, records);
      expect(meaningful[smoke](inNode), 'the check did something').toBe(true);
      // Round-tripped as JSON, as the page's answer is.
      expect(await runInBrowser(code, smoke)).toEqual(JSON.parse(JSON.stringify(inNode)));
    }, 60_000);
  } else {
    it('fails in Chromium from that bundle, as the check would for any entry that needs Node', async () => {
      const { code } = await bundleForBrowser(entry.file);
      await expect(runInBrowser(code, 'schemas')).rejects.toThrow(/did not load/);
    }, 60_000);
  }
});

it('the root README names the packages that run in browsers and those for Node', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8').replace(/\s+/g, ' ');
  const inBrowsers = entries.filter((e) => e.browser).map((e) => `\`${e.name}\``);
  const forNode = entries.filter((e) => !e.browser).map((e) => `\`${e.name}\``);
  for (const says of [`${inBrowsers.slice(0, -1).join(', ')} and ${inBrowsers.at(-1)} also run in browsers`, `${forNode.join(' and ')} are for Node`]) {
    expect(readme.includes(says), `README.md says "${says}"`).toBe(true);
  }
});
