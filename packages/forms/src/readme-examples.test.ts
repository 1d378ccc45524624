import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { createElement, type ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

// esbuild is a build tool of @goodday/validate; the examples are bundled as a vendor's build would, JSX and all.
const esbuild = createRequire(join(import.meta.dirname, '../../validate/package.json'))('esbuild') as { build: (options: object) => Promise<unknown> };
const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## For council developers: forms'), readme.indexOf('\n## ', readme.indexOf('## For council developers: forms') + 1));
const examples = [...section.matchAll(/```tsx\n([\s\S]*?)```/g)].map((m) => m[1]!);
const record = JSON.parse(readFileSync(join(import.meta.dirname, '../../../examples/records/assessment/complete-eligible.json'), 'utf8'));

describe('the README forms examples, run as written', () => {
  it('are two: JSON Forms and rjsf', () => {
    expect(examples).toHaveLength(2);
    expect(examples[0]).toContain('@jsonforms/react');
    expect(examples[1]).toContain('@rjsf/core');
  });

  it.each(examples.map((code, i) => [i === 0 ? 'JSON Forms' : 'rjsf', code] as const))('%s: bundles and renders the assessment form with the record in it', async (_name, code) => {
    // Bundled inside this package's folder, so that its imports (the package's own name too) resolve as in a project that installed it.
    const dir = mkdtempSync(join(import.meta.dirname, '../.readme-example-'));
    try {
      writeFileSync(join(dir, 'example.tsx'), code);
      await esbuild.build({ entryPoints: [join(dir, 'example.tsx')], outfile: join(dir, 'example.mjs'), bundle: true, format: 'esm', platform: 'node', jsx: 'automatic', packages: 'external', logLevel: 'error' });
      const { AssessmentForm } = (await import(pathToFileURL(join(dir, 'example.mjs')).href)) as { AssessmentForm: ComponentType<{ saved: object; onSave: (r: object) => void }> };
      const html = renderToStaticMarkup(createElement(AssessmentForm, { saved: record, onSave: () => {} }));
      expect(html).toContain('<form');
      expect(html).toContain('Assessment id');
      expect(html).toContain(record.id);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
