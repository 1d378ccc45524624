/// <reference lib="dom" />
// The page.evaluate callbacks run in Chromium, where window and document exist.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseRecord } from '@goodday/validate';
import { describe, expect, it } from 'vitest';
import { axeViolations, useChromium } from '../../../test/browser.js';
import { render } from '../src/index.js';

const recordsDir = join(import.meta.dirname, '../../../examples/records');
const examples = readdirSync(recordsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(recordsDir, d.name)).filter((f) => f.endsWith('.json') && !f.startsWith('invalid-')).map((f) => `${d.name}/${f}`));

const browser = useChromium();

describe('rendered HTML in a real browser', () => {
  it('is checked by an axe-core that does find violations (a page without lang, and an image without alt)', async () => {
    const page = await browser().newPage();
    try {
      await page.setContent('<!doctype html><html><head><title>t</title></head><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>');
      const ids = (await axeViolations(page)).map((v) => v.id);
      expect(ids).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt']));
    } finally {
      await page.close();
    }
  });

  it.each(examples)('%s has no accessibility violations (axe-core)', async (name) => {
    const html = render(parseRecord(readFileSync(join(recordsDir, name))), { format: 'html', drafts: true, organisation: { name: 'Northgate Council', contact: '0300 123 4567' } });
    const page = await browser().newPage();
    try {
      // No network: the document must stand alone, and any request for an outside asset fails the test.
      const requests: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
      });
      await page.setContent(html, { waitUntil: 'load' });
      expect(await axeViolations(page)).toEqual([]);
      expect(requests).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
      expect(await page.locator('script').count()).toBe(1); // only the axe-core we added
    } finally {
      await page.close();
    }
  }, 30_000);
});
