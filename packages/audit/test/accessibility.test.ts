/// <reference lib="dom" />
// The page.evaluate callbacks run in Chromium, where window and document exist.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { audit } from '../src/audit.js';
import { toHtml } from '../src/html.js';
import { readRecords } from '../src/read.js';

// Debian's chromium, installed by scripts/ensure-chromium.mjs, as for the rendered records.
const CHROMIUM = process.env.GOODDAY_CHROMIUM ?? '/usr/bin/chromium';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

it('the HTML audit report of the example records has no accessibility violations and no outside requests', async () => {
  const summary = await audit(readRecords([join(import.meta.dirname, '../../../examples/records'), 'no-such-folder']));
  const html = toHtml(summary);
  expect(html).toContain('<svg role="img"');
  const page = await browser.newPage();
  try {
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
    });
    await page.setContent(html, { waitUntil: 'load' });
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run();
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    expect(requests).toEqual([]);
  } finally {
    await page.close();
  }
}, 30_000);
