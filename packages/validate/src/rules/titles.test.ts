import { describe, expect, it } from 'vitest';
import { rules } from './catalogue.js';

describe('rule titles', () => {
  it('gives every rule a short, unique, sentence-case title', () => {
    const titles = rules.map((r) => r.title);
    for (const t of titles) {
      expect(t.trim().length).toBeGreaterThan(0);
      expect(t.length).toBeLessThanOrEqual(60);
      expect(t[0]).toBe(t[0]!.toUpperCase());
    }
    expect(new Set(titles).size).toBe(titles.length);
  });
});
