/// <reference lib="dom" />
// The forms demo (examples/forms) in Chromium, served with the strict CSP it is written for.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { recordKinds, type RecordKind } from '@goodday/schemas';
import { validate } from '@goodday/validate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useChromium, type AxeViolation } from '../../../test/browser.js';
import { isOpen } from '../src/layout.js';
import { layouts } from '../src/layouts.js';

const demo = join(import.meta.dirname, '../../../examples/forms');
const dist = join(demo, 'dist');
const recordsDir = join(import.meta.dirname, '../../../examples/records');
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:";
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.txt': 'text/plain; charset=utf-8' };

const examples = (kind: string) =>
  readdirSync(join(recordsDir, kind))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ name: f.replace(/\.json$/, ''), record: JSON.parse(readFileSync(join(recordsDir, kind, f), 'utf8')) as Record<string, unknown> }));

// A full example per kind (the most markup to check), and one with a rule finding on a field the form draws.
const FULL: Record<RecordKind, string> = { assessment: 'complete-eligible', 'support-plan': 'complete-direct-payment', 'safeguarding-enquiry': 'concluded-outcomes-achieved', 'capacity-decision': 'complete-lacks-capacity-best-interests', review: 'complete-annual-review-plan-revised', 'carers-assessment': 'complete-husband-caring-for-wife' };
const FINDING: Record<RecordKind, { example: string; ruleId: string; step: string; jsonForms: string; rjsf: string }> = {
  assessment: { example: 'invalid-eligibility-conditions', ruleId: 'assessment/eligibility-conditions', step: 'Eligibility', jsonForms: '#/properties/eligibility/properties/eligible', rjsf: 'root_eligibility_eligible' },
  'support-plan': { example: 'invalid-review-date', ruleId: 'support-plan/review-date', step: 'Agreement and review', jsonForms: '#/properties/reviewDate', rjsf: 'root_reviewDate' },
  'safeguarding-enquiry': { example: 'invalid-outcomes-asked-first', ruleId: 'safeguarding-enquiry/outcomes-asked-first', step: 'What the person wants to happen', jsonForms: '#/properties/makingSafeguardingPersonal/properties/askedAt', rjsf: 'root_makingSafeguardingPersonal_askedAt' },
  'capacity-decision': { example: 'invalid-one-decision', ruleId: 'capacity-decision/one-decision', step: 'The decision', jsonForms: '#/properties/decision/properties/asPutToPerson', rjsf: 'root_decision_asPutToPerson' },
  review: { example: 'invalid-change-leads-to-action', ruleId: 'review/change-leads-to-action', step: "The practitioner's view and the result", jsonForms: '#/properties/result/properties/outcome', rjsf: 'root_result_outcome' },
  'carers-assessment': { example: 'invalid-eligibility-conditions', ruleId: 'carers-assessment/eligibility-conditions', step: 'Eligibility', jsonForms: '#/properties/eligibility/properties/eligible', rjsf: 'root_eligibility_eligible' },
};

// axe-core from the page's own origin: the CSP refuses the inline copy test/browser.ts adds, as it should.
const AXE = '/__test/axe.min.js';
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe-core in the page as it stands and gives the violations it finds. */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ url: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (options: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    return (await axe.run({ resultTypes: ['violations'] })).violations.map((v) => ({ id: v.id, nodes: v.nodes.length }));
  });
}

let server: Server;
let origin = '';
beforeAll(async () => {
  execFileSync(process.execPath, [join(demo, 'build.mjs')], { stdio: 'pipe' });
  server = createServer((request, response) => {
    const path = normalize(new URL(request.url ?? '/', 'http://127.0.0.1').pathname).replace(/^\/+/, '') || 'index.html';
    const type = TYPES[extname(path)];
    let body: Buffer | undefined;
    try {
      body = `/${path}` === AXE ? readFileSync(axePath) : type && !path.includes('..') ? readFileSync(join(dist, path)) : undefined;
    } catch {
      body = undefined;
    }
    // The CSP as a header too, so the page is held to it whatever its own meta says.
    response.writeHead(body ? 200 : 404, { 'content-type': type ?? 'text/plain', 'content-security-policy': CSP }).end(body ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

const browser = useChromium();

/** Opens the demo for a kind and example; the console errors, page errors and CSP violations are collected in `problems`. */
async function open(kind: RecordKind, example: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser().newPage({ viewport: { width: 1400, height: 1100 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.exposeFunction('reportViolation', (what: string) => problems.push(`CSP violation: ${what}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation: (s: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${origin}/?kind=${kind}&example=${example}`);
  await page.waitForSelector('#jsonforms .steps section.step');
  await page.waitForSelector('#rjsf form .form-group');
  return { page, problems };
}

const step = (page: Page, title: string) => page.locator('#jsonforms nav').getByRole('button', { name: title, exact: false }).filter({ hasText: new RegExp(`^${title.replace(/[()?]/g, '\\$&')}( \\(waits\\))?$`) });

/** The form controls of the JSON Forms step on show, and of the rjsf fields named: how many there are and how many are enabled. */
const jsonFormsControls = (page: Page) => page.locator('#jsonforms section.step').locator('input, select, textarea, button');
const rjsfControls = (page: Page, fields: readonly string[]) => page.locator(fields.map((f) => `#rjsf :is(input, select, textarea, button)[id^="root_${f}"]`).join(', '));
const enabledCount = (locator: ReturnType<Page['locator']>) => locator.evaluateAll((elements) => elements.filter((e) => !(e as HTMLInputElement).disabled).length);

describe('the forms demo in Chromium, under a strict CSP', () => {
  it('type-checks (its own tsconfig: the form libraries are devDependencies of @goodday/forms)', () => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    expect(() => execFileSync(process.execPath, [tsc, '-p', join(demo, 'tsconfig.json')], { stdio: 'pipe' })).not.toThrow();
  }, 120_000);

  it('is held to its CSP: an inline script is refused and reported', async () => {
    const { page, problems } = await open('assessment', 'draft');
    try {
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.ran = true';
        document.body.append(script);
      });
      await expect.poll(() => problems.some((p) => p.startsWith('CSP violation: script-src'))).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined();
    } finally {
      await page.close();
    }
  }, 60_000);

  it.each(recordKinds)('%s: both forms render with no console errors, CSP violations or axe-core violations on any step (screenshot written when missing, or with UPDATE_SCREENSHOTS=1)', async (kind) => {
    const { page, problems } = await open(kind, FULL[kind]);
    try {
      const text = await page.locator('main').innerText();
      expect(text).not.toMatch(/No applicable renderer|Unsupported field schema/);
      for (const section of layouts[kind].sections) expect(await step(page, section.title).count(), section.title).toBe(1);
      expect(await page.locator('#jsonforms section.step .control').count()).toBeGreaterThan(2);
      expect(await page.locator('#rjsf form .form-group').count()).toBeGreaterThan(10);
      // The screenshots are committed: a test run leaves them as they are unless asked, as the bytes change every run.
      const screenshot = join(demo, 'screenshots', `${kind}.png`);
      if (process.env.UPDATE_SCREENSHOTS || !existsSync(screenshot)) {
        mkdirSync(join(demo, 'screenshots'), { recursive: true });
        await page.screenshot({ path: screenshot });
      }
      // The rjsf form is whole on the page; JSON Forms shows one step at a time, so each is checked.
      for (const section of layouts[kind].sections) {
        await step(page, section.title).click();
        await page.waitForSelector(`#jsonforms section.step h3:text-is("${section.title}")`);
        expect(await axeViolations(page), section.title).toEqual([]);
      }
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('JSON Forms lists of strings show each item in its own labelled field, and take a new one', async () => {
    const record = examples('support-plan').find((e) => e.name === FULL['support-plan'])!.record as { basedOn: { eligibleNeedIds: string[] } };
    const ids = record.basedOn.eligibleNeedIds;
    expect(ids.length).toBeGreaterThan(1);
    const { page, problems } = await open('support-plan', FULL['support-plan']);
    try {
      const list = page.locator('#jsonforms fieldset.list-control:has(> legend:text-is("Eligible needs to be met"))');
      const values = () => list.locator('input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
      expect(await values()).toEqual(ids);
      for (const [i] of ids.entries()) await expect.poll(() => list.getByLabel(`Eligible needs to be met: item ${i + 1}`).count()).toBe(1);
      await list.getByRole('button', { name: 'Add to Eligible needs to be met' }).click();
      const added = list.getByLabel(`Eligible needs to be met: item ${ids.length + 1}`);
      await added.click();
      await page.keyboard.type('need-9');
      await expect.poll(values).toEqual([...ids, 'need-9']);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);

  it.each(recordKinds)('%s: a step that waits is disabled on an empty record and enabled on an example that opens it', async (kind) => {
    for (const section of layouts[kind].sections.filter((s) => s.waits)) {
      const opening = examples(kind).find((e) => validate(e.record).valid && isOpen(section, e.record));
      expect(opening, section.id).toBeDefined();
      for (const [example, enabled] of [['empty', false], [opening!.name, true]] as const) {
        const { page, problems } = await open(kind, example);
        try {
          await step(page, section.title).click();
          await page.waitForSelector(`#jsonforms section.step h3:text-is("${section.title}")`);
          const jf = jsonFormsControls(page);
          const rj = rjsfControls(page, section.fields);
          expect(await jf.count(), `${section.id} JSON Forms controls`).toBeGreaterThan(0);
          expect(await rj.count(), `${section.id} rjsf controls`).toBeGreaterThan(0);
          if (enabled) {
            expect(await enabledCount(jf), `${section.id} in ${example}`).toBeGreaterThan(0);
            expect(await enabledCount(rj), `${section.id} in ${example}`).toBeGreaterThan(0);
          } else {
            expect(await enabledCount(jf), `${section.id} in ${example}`).toBe(0);
            expect(await enabledCount(rj), `${section.id} in ${example}`).toBe(0);
          }
          expect(problems).toEqual([]);
        } finally {
          await page.close();
        }
      }
    }
  }, 120_000);

  it.each(recordKinds)('%s: a rule finding shows beside its field in both forms', async (kind) => {
    const { example, ruleId, step: title, jsonForms, rjsf } = FINDING[kind];
    const finding = validate(examples(kind).find((e) => e.name === example)!.record).findings.find((f) => f.ruleId === ruleId);
    expect(finding, ruleId).toBeDefined();
    const { page, problems } = await open(kind, example);
    try {
      await step(page, title).click();
      await expect.poll(() => page.locator(`[id="${jsonForms}"] .validation`).innerText()).toContain(finding!.message);
      await expect.poll(() => page.locator(`#rjsf #${rjsf}__error`).innerText()).toContain(finding!.message);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);

  describe('an assessment, filled in as a user would: eligibility waits for a need with its impact on wellbeing', () => {
    const needWords = 'Getting in and out of the bath is too much for me now.';
    const impactWords = 'I have stopped going to the gurdwara because I cannot get ready in time.';

    it('JSON Forms: add a need and type its words; eligibility opens only once its impact on wellbeing is typed', async () => {
      const { page, problems } = await open('assessment', 'draft');
      try {
        await step(page, 'Needs and their impact on wellbeing').click();
        const needs = page.locator('#jsonforms .root_properties_needs');
        await needs.getByRole('button', { name: 'Add to Needs' }).click();
        const added = needs.locator('.children > div').nth(1);
        const group = (legend: string) => added.locator(`fieldset:has(> legend:text-is("${legend}"))`);
        const words = group("The need in the person's words").locator('textarea').first();
        const before = await page.locator('#jsonforms-count').innerText();
        await words.click();
        await page.keyboard.type(needWords);
        await expect.poll(() => words.inputValue()).toBe(needWords);
        // Checked on each change: the new need has words but not whose they are, and says so at that field.
        await expect.poll(() => page.locator('#jsonforms-count').innerText()).not.toBe(before);
        await expect.poll(() => group("The need in the person's words").locator('.validation').allInnerTexts()).toContainEqual(expect.stringMatching(/describedBy|whose/i));

        await step(page, 'Eligibility').click();
        await page.waitForSelector('#jsonforms section.step h3:text-is("Eligibility")');
        expect(await jsonFormsControls(page).count()).toBeGreaterThan(0);
        expect(await enabledCount(jsonFormsControls(page))).toBe(0);
        expect(await step(page, 'Eligibility').innerText()).toContain('(waits)');

        await step(page, 'Needs and their impact on wellbeing').click();
        const impact = page.locator('#jsonforms .root_properties_needs .children > div').nth(1).locator('fieldset:has(> legend:text-is("Impact on wellbeing")) fieldset:has(> legend:text-is("In the person\'s words")) textarea').first();
        await impact.click();
        await page.keyboard.type(impactWords);
        await expect.poll(() => impact.inputValue()).toBe(impactWords);

        await step(page, 'Eligibility').click();
        await page.waitForSelector('#jsonforms section.step h3:text-is("Eligibility")');
        await expect.poll(() => enabledCount(jsonFormsControls(page))).toBeGreaterThan(0);
        expect(await step(page, 'Eligibility').innerText()).not.toContain('(waits)');
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    }, 60_000);

    it('rjsf: add a need and type its words; the eligibility fields are enabled only once its impact on wellbeing is typed', async () => {
      const { page, problems } = await open('assessment', 'draft');
      try {
        const determinedAt = page.locator('#rjsf #root_eligibility_determinedAt');
        await expect.poll(() => determinedAt.isDisabled()).toBe(true);
        await page.locator('#rjsf #root_needs__add').click();
        const words = page.locator('#rjsf #root_needs_1_inPersonsWords_text');
        await words.waitFor();
        const before = await page.locator('#rjsf-count').innerText();
        await words.click();
        await page.keyboard.type(needWords);
        await expect.poll(() => words.inputValue()).toBe(needWords);
        await expect.poll(() => page.locator('#rjsf-count').innerText()).not.toBe(before);
        expect(await determinedAt.isDisabled()).toBe(true);
        expect(await enabledCount(rjsfControls(page, ['eligibility']))).toBe(0);

        const impact = page.locator('#rjsf #root_needs_1_wellbeingImpact_inPersonsWords_text');
        await impact.click();
        await page.keyboard.type(impactWords);
        await expect.poll(() => impact.inputValue()).toBe(impactWords);
        await expect.poll(() => determinedAt.isDisabled()).toBe(false);
        expect(await enabledCount(rjsfControls(page, ['eligibility']))).toBeGreaterThan(0);
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    }, 60_000);
  });
});
