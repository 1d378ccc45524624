/// <reference lib="dom" />
// One generated Questionnaire rendered by an SDC form renderer (LHC-Forms, from the npm registry) in Chromium:
// it shows the first question, the choices of a contained ValueSet, and holds back the eligibility section until a
// need's impact on wellbeing is answered; a record's response fills the form, and the renderer's own response of
// that form reads back as the record.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from '../../../test/browser.js';
import { toQuestionnaire } from '../src/questionnaire.js';
import { fromQuestionnaireResponse } from '../src/from-questionnaire-response.js';
import { toQuestionnaireResponse } from '../src/to-questionnaire-response.js';

const lforms = join(dirname(createRequire(import.meta.url).resolve('lforms/package.json')), 'dist/lforms');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.png': 'image/png' };
const PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Good Day Questionnaire</title>
<link rel="stylesheet" href="/lforms/webcomponent/styles.css"></head><body><div id="form"></div>
<script src="/lforms/webcomponent/assets/lib/zone.min.js"></script>
<script src="/lforms/webcomponent/runtime.js"></script><script src="/lforms/webcomponent/polyfills.js"></script>
<script src="/lforms/webcomponent/main.js"></script><script src="/lforms/fhir/R4/lformsFHIR.min.js"></script></body></html>`;

const browser = useChromium();
let server: Server;
let origin = '';
beforeAll(async () => {
  server = createServer((request, response) => {
    const path = normalize(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    let body: Buffer | string | undefined;
    try {
      body = path === '/' ? PAGE : path.startsWith('/lforms/') && !path.includes('..') ? readFileSync(join(lforms, path.slice('/lforms/'.length))) : undefined;
    } catch {
      body = undefined;
    }
    response.writeHead(body === undefined ? 404 : 200, { 'content-type': path === '/' ? TYPES['.html']! : (TYPES[extname(path)] ?? 'application/octet-stream') });
    response.end(body ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('an SDC renderer (LHC-Forms) in Chromium', () => {
  it('renders the assessment Questionnaire: its first question first, choices from a contained ValueSet, eligibility held back', async () => {
    const page = await browser().newPage();
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    // Everything from this server: the page asks nothing of the network.
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
    await page.goto(origin);
    await page.waitForFunction(() => typeof (window as Window & { LForms?: { Util?: unknown } }).LForms?.Util === 'object');
    const questionnaire = toQuestionnaire('assessment');
    await page.evaluate(async (q) => {
      const LForms = (window as Window & { LForms?: { Util: { addFormToPage: (form: unknown, id: string, options: object) => Promise<void> } } }).LForms!;
      try {
        await LForms.Util.addFormToPage(q, 'form', { fhirVersion: 'R4' });
        return [];
      } catch (errors) {
        return (Array.isArray(errors) ? errors : [errors]).map((e) => String((e as Error)?.message ?? e));
      }
    }, questionnaire).then((errors) => expect(errors).toEqual([]));
    await page.waitForSelector('lhc-item', { timeout: 30_000 });
    const labels = await page.$$eval('lhc-item label .question', (nodes) => nodes.map((n) => (n.textContent ?? '').trim()));
    expect(labels[0]).toBe(questionnaire.item[0]!.text);
    expect(labels).toContain('What a good day looks like');
    // The status's choices come from its contained ValueSet's expansion, with the code list's labels.
    await page.click('[id="/status/1"]');
    await page.waitForSelector('#lhc-tools-searchResults li', { timeout: 10_000 });
    // LHC-Forms numbers the choices it lists ("1:  Draft").
    const choices = await page.$$eval('#lhc-tools-searchResults li', (nodes) => nodes.map((n) => (n.textContent ?? '').replace(/^\d+:\s*/, '').trim()));
    expect(choices).toEqual(['Draft', 'Complete']);
    // Eligibility waits for a need's impact on wellbeing, which an empty form has not got.
    expect(labels).not.toContain(questionnaire.item.find((i) => i.linkId === '/eligibility')!.text);
    expect(labels).toContain(questionnaire.item.find((i) => i.linkId === '/needs')!.text);
    expect(failures).toEqual([]);
    await page.close();
  }, 90_000);

  it("shows a complete example's response in the form (answers in their fields, eligibility open), and reads the renderer's own response back", async () => {
    const page = await browser().newPage();
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
    await page.goto(origin);
    await page.waitForFunction(() => typeof (window as Window & { LForms?: { Util?: unknown } }).LForms?.Util === 'object');
    const record = JSON.parse(readFileSync(join(import.meta.dirname, '../../../examples/records/assessment/complete-eligible.json'), 'utf8')) as { goodDay: { text: string } };
    const questionnaire = toQuestionnaire('assessment');
    const errors = await page.evaluate(
      async ([q, r]) => {
        const LForms = (window as Window & { LForms?: { Util: { addFormToPage: (form: unknown, id: string, options: object) => Promise<void> } } }).LForms!;
        try {
          await LForms.Util.addFormToPage(q, 'form', { fhirVersion: 'R4', questionnaireResponse: r });
          return [];
        } catch (e) {
          return (Array.isArray(e) ? e : [e]).map((x) => String((x as Error)?.message ?? x));
        }
      },
      [questionnaire, toQuestionnaireResponse(record)] as const,
    );
    expect(errors).toEqual([]);
    await page.waitForSelector('lhc-item', { timeout: 30_000 });
    const labels = await page.$$eval('lhc-item label .question', (nodes) => nodes.map((n) => (n.textContent ?? '').trim()));
    expect(labels).toContain(questionnaire.item.find((i) => i.linkId === '/eligibility')!.text);
    const values = await page.$$eval('textarea, input', (nodes) => nodes.map((n) => (n as HTMLInputElement).value));
    expect(values).toContain(record.goodDay.text);
    // The renderer's own QuestionnaireResponse of the form as it stands reads back as the record.
    const exported = await page.evaluate(() => (window as Window & { LForms?: { Util: { getFormFHIRData: (type: string, version: string) => unknown } } }).LForms!.Util.getFormFHIRData('QuestionnaireResponse', 'R4'));
    // It writes times with milliseconds, and keeps no extension of ours (so an empty list is not there): the same
    // instants, and nothing else lost.
    const same = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(same);
      if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value)) return new Date(value).toISOString();
      if (value === null || typeof value !== 'object') return value;
      return Object.fromEntries(Object.entries(value).filter(([, v]) => !(Array.isArray(v) && v.length === 0)).map(([k, v]) => [k, same(v)]));
    };
    expect(same(fromQuestionnaireResponse(exported))).toEqual(same(record));
    await page.close();
  }, 90_000);
});
