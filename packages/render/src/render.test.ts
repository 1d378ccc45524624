import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '@goodday/language';
import { codeLabel, codeList, codeListNames, plainLabel } from '@goodday/schemas';
import { parseRecord } from '@goodday/validate';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeText } from './escape.js';
import { render, RenderRefusedError } from './index.js';
import { defaultStrings } from './strings.js';

const recordsDir = join(import.meta.dirname, '../../../examples/records');
const examples = readdirSync(recordsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(recordsDir, d.name)).map((f) => ({ name: `${d.name}/${f}`, record: parseRecord(readFileSync(join(recordsDir, d.name, f))) })))
  .filter((e) => e.name.endsWith('.json') && !e.name.includes('/invalid-'));
const formats = ['html', 'markdown', 'text'] as const;

/** Every string in the strings table. */
const allStrings = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value as object).flatMap(allStrings));

describe('render', () => {
  it.each(examples.flatMap((e) => formats.map((f) => [e.name, f, e] as const)))('renders %s as %s', (_, format, { record }) => {
    const out = render(record, { format, drafts: true });
    expect(out.length).toBeGreaterThan(200);
    if (format === 'html') expect(out).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    if (format === 'markdown') expect(out).toMatch(/^# /);
    expect(out).not.toMatch(/\{\{|undefined|\[object Object\]|NaN/);
  });

  it('puts the person\'s words in verbatim, attributed, with plain labels and readable dates', () => {
    const record = parseRecord(readFileSync(join(recordsDir, 'support-plan/complete-direct-payment.json')));
    const text = render(record, { format: 'text' });
    expect(text).toContain('"To get a good night\'s sleep without lying there worrying I won\'t make it to the toilet."\n  (In your words)');
    expect(text).toContain('Family or friends: Margaret pops round');
    expect(text).toContain('You agreed this plan on 24 March 2026.');
    expect(text).toContain('What the council pays: £47.75');
  });

  it('writes a contribution of -0 as £0.00, not "-£0.00"', () => {
    const record = parseRecord(readFileSync(join(recordsDir, 'support-plan/complete-direct-payment.json'))) as { personalBudget: Record<string, number> };
    Object.assign(record.personalBudget, { costToCouncil: 47.75, personContribution: -0 });
    const text = render(record, { format: 'text' });
    expect(text).not.toContain('-£');
    expect(text).toContain('£0.00');
  });

  it('shows the person the plain label of a wellbeing area, not the statute\'s wording', () => {
    const record = parseRecord(readFileSync(join(recordsDir, 'assessment/complete-eligible.json')));
    const text = render(record, { format: 'text' });
    expect(text).toContain(plainLabel('WellbeingArea', 'personal-dignity'));
    expect(text).toContain('Being treated with respect');
    expect(text).not.toContain(codeLabel('WellbeingArea', 'personal-dignity'));
    expect(text).not.toContain('personal dignity');
  });

  it('leaves out the empty parts of a draft, and says it is a draft', () => {
    const record = parseRecord(readFileSync(join(recordsDir, 'capacity-decision/draft.json')));
    const text = render(record, { format: 'text', drafts: true });
    expect(text).toContain(defaultStrings.draft);
    expect(text).not.toContain(defaultStrings['capacity-decision'].bestInterests);
  });

  it('refuses drafts unless asked, and invalid records with their findings', () => {
    const draft = parseRecord(readFileSync(join(recordsDir, 'assessment/draft.json')));
    expect(() => render(draft)).toThrow('The record is a draft: pass drafts: true (goodday render --draft) to render it.');
    const invalid = parseRecord(readFileSync(join(recordsDir, 'assessment/invalid-good-day.json')));
    try {
      render(invalid);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RenderRefusedError);
      expect((error as RenderRefusedError).findings.map((f) => f.ruleId)).toEqual(['assessment/good-day']);
    }
  });

  it('takes the vendor\'s wording, partials and organisation', () => {
    const record = parseRecord(readFileSync(join(recordsDir, 'assessment/complete-eligible.json')));
    const out = render(record, {
      format: 'markdown',
      strings: { assessment: { goodDay: 'Your good day' } },
      organisation: { name: 'Northgate Council <adult care>', contact: '0300 123 4567' },
      partials: { para: (ctx: { text: string }) => `PARA: ${ctx.text}\n\n` },
    });
    expect(out).toContain('## Your good day');
    expect(out).toContain('Contact Northgate Council &lt;adult care&gt;: 0300 123 4567.');
    expect(out).toContain('PARA: ');
  });
});

describe("a carer's assessment", () => {
  const ken = parseRecord(readFileSync(join(recordsDir, 'carers-assessment/complete-husband-caring-for-wife.json')));

  it('is written to the carer, by name, with what they told us about caring and the carer outcomes in plain words', () => {
    const md = render(ken, { format: 'markdown' });
    expect(md).toMatch(/^# Your carer's assessment\n\nFor Ken\n/);
    expect(md).toContain('## What you told us about caring');
    expect(md).toContain('*We did this together with the assessment for June, as you both agreed.*');
    expect(md).toContain('- Doing things you enjoy\n- Seeing your family and friends');
    expect(md).not.toContain('engaging in recreational activities');
  });
});

describe('the fixed wording', () => {
  const strings = allStrings(defaultStrings).map((s) => s.replace(/\{\w+\}/g, 'Sam'));

  it('reads at a reading age of about 9 to 11 (Flesch–Kincaid grade 6 or below)', () => {
    const { readability } = lint(strings.map((s) => (/[.!?]$/.test(s) ? s : `${s}.`)).join('\n'));
    expect(readability!.fleschKincaidGrade!).toBeLessThanOrEqual(6);
  });

  it('has no deficit labels or unexplained jargon', () => {
    for (const s of strings) expect(lint(s, { readability: false }).findings.filter((f) => f.severity !== 'info'), s).toEqual([]);
  });
});

describe('the plain labels of the code lists', () => {
  const labels = codeListNames.flatMap((name) => codeList(name).map((c) => ({ name, code: c.code, label: plainLabel(name, c.code) })));

  const grade = (list: readonly { label: string }[]) => lint(list.map((l) => `${l.label}.`).join('\n')).readability!.fleschKincaidGrade!;

  it('read at a reading age of about 9 to 11 (Flesch–Kincaid grade 6 or below), like the fixed wording', () => {
    expect(grade(labels)).toBeLessThanOrEqual(6);
  });

  it.each([...codeListNames])('%s reads at grade 6 or below, with no deficit labels, jargon or plainer words to use', (name) => {
    const list = labels.filter((l) => l.name === name);
    expect(grade(list)).toBeLessThanOrEqual(6);
    for (const { code, label } of list) {
      expect(lint(label, { readability: false }).findings.map((f) => f.ruleId), `${code}: ${label}`).toEqual([]);
    }
  });
});

describe('hostile text in the record', () => {
  const hostile = fc.oneof(
    fc.constantFrom(
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '" onmouseover="alert(1)',
      'javascript:alert(1)',
      '[click](javascript:alert(1))',
      '![x](https://evil.example/x.png)',
      '<https://evil.example>',
      '{{constructor.constructor "alert(1)"}}',
      '{{> doc}}',
      '# Heading\n- list\n> quote',
      '`code` *bold* _em_ | table |',
      '1. first',
      '\u0000\u0007\u001b[31m',
    ),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
  );
  const record = JSON.parse(readFileSync(join(recordsDir, 'assessment/complete-eligible.json'), 'utf8'));
  const md = new MarkdownIt();

  /** A copy of the record with every practitioner and person text field set to the hostile string. */
  const poisoned = (value: string) => {
    const copy = structuredClone(record);
    let n = 0;
    const visit = (node: unknown) => {
      if (!node || typeof node !== 'object') return;
      for (const [key, child] of Object.entries(node)) {
        if (typeof child === 'string' && ['text', 'reasons', 'name', 'relationship', 'preferredName'].includes(key)) (node as Record<string, unknown>)[key] = `x${n++} ${value} y`;
        else visit(child);
      }
    };
    visit(copy);
    return copy;
  };

  it('renders inert in every format', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const copy = poisoned(value);
        const html = render(copy, { format: 'html' });
        expect(html).not.toMatch(/<script|<img|\son\w+=|javascript:[^<]*<\/a>|href=/i);
        const markdown = render(copy, { format: 'markdown' });
        const fromMarkdown = md.render(markdown);
        expect(fromMarkdown).not.toMatch(/<script|<img|<a |<code|<table|<h[3-6]/i);
        const text = render(copy, { format: 'text' });
        expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
        expect(text).not.toMatch(/&lt;|&amp;|\\\*/);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves no autolink in Markdown: an email address, www. or a scheme stays text under GFM-style linkify', () => {
    const linkify = new MarkdownIt({ linkify: true });
    for (const value of ['evil@example.com', 'see www.example.com', 'WWW.EXAMPLE.COM/x', 'https://example.com/a', 'mailto:evil@example.com', '<https://example.com>']) {
      const markdown = render(poisoned(value), { format: 'markdown' });
      expect(linkify.render(markdown)).not.toMatch(/<a /);
    }
  });

  it('escapes each format for itself', () => {
    expect(escapeText('html', '<b onclick="x">&</b>')).toBe('&lt;b onclick&#61;&quot;x&quot;&gt;&amp;&lt;/b&gt;');
    expect(escapeText('markdown', '[a](b) ![c](d) <e> # f\n- g')).toBe('\\[a\\]\\(b\\) \\!\\[c\\]\\(d\\) &lt;e&gt; \\# f \\- g'.replace(' \\- g', ' - g'));
    expect(escapeText('text', 'a\u0007b\nc')).toBe('ab c');
  });
});
