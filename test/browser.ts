/// <reference lib="dom" />
// What the browser tests share: Debian's Chromium (playwright cannot download its own browser here; scripts/ensure-chromium.mjs
// installs it) launched once per test file, and axe-core run in a page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const CHROMIUM = process.env.GOODDAY_CHROMIUM ?? '/usr/bin/chromium';
// No GPU, network services, updates or sync: the tests need a page and nothing from outside it.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Launches Chromium before the file's tests and closes it after them; call the result inside a test for the browser. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running: call useChromium() at the top of the test file.');
    return browser;
  };
}

let axeSource: string | undefined;

/** One violation axe-core found, with how many elements have it. */
export interface AxeViolation {
  readonly id: string;
  readonly nodes: number;
}

/** Runs axe-core in the page as it stands and gives the violations it finds. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (options: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    return (await axe.run({ resultTypes: ['violations'] })).violations.map((v) => ({ id: v.id, nodes: v.nodes.length }));
  });
}
