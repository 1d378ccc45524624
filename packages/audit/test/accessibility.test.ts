import { join } from 'node:path';
import { expect, it } from 'vitest';
import { axeViolations, useChromium } from '../../../test/browser.js';
import { audit } from '../src/audit.js';
import { toHtml } from '../src/html.js';
import { readRecords } from '../src/read.js';

const browser = useChromium();

it('the HTML audit report of the example records has no accessibility violations and no outside requests', async () => {
  const summary = await audit(readRecords([join(import.meta.dirname, '../../../examples/records'), 'no-such-folder']));
  const html = toHtml(summary);
  expect(html).toContain('<svg role="img"');
  const page = await browser().newPage();
  try {
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
    });
    await page.setContent(html, { waitUntil: 'load' });
    expect(await axeViolations(page)).toEqual([]);
    expect(requests).toEqual([]);
  } finally {
    await page.close();
  }
}, 30_000);
