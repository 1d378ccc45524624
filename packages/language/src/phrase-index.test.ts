import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LanguageEntry } from './entry.js';
import { builtInEntries } from './generated/entries.js';
import { builtInTable } from './generated/phrase-table.js';
import { anchorOf, decodeKeys, encodeFilter, encodeKeys, HashFilter, phraseTable } from './phrase-index.js';
import { hashWord } from './tokenize.js';

const callers: LanguageEntry[] = [
  { id: 'care-home-placement', kind: 'label', phrases: ['placed in a care home', 'the person with the biggest needs'], suggestions: ['moved'], note: 'n', source: 's', severity: 'warning' },
  { id: 'ot', kind: 'jargon', caseSensitive: true, phrases: ['OT', 'Care Act'], suggestions: ['occupational therapist'], note: 'n', source: 's', severity: 'warning' },
];

describe('the filters a phrase table is sifted by', () => {
  for (const [name, table] of Object.entries({ 'the built-in table': builtInTable, 'a table of entries a caller gives': phraseTable(callers) })) {
    it(`let through the first word and the anchor of every form of ${name}`, () => {
      const foldedFirst = new HashFilter(table.filters.foldedFirst);
      const exactFirst = new HashFilter(table.filters.exactFirst);
      const anchors = new HashFilter(table.filters.anchors);
      for (const key of table.folded.keys) {
        expect(foldedFirst.has(hashWord(key.split(' ')[0]!, true)), key).toBe(true);
        expect(anchors.has(hashWord(anchorOf(key.split(' ')), true)), key).toBe(true);
      }
      for (const key of table.exact.keys) {
        expect(exactFirst.has(hashWord(key.split(' ')[0]!, false)), key).toBe(true);
        expect(anchors.has(hashWord(anchorOf(key.split(' ')), true)), key).toBe(true);
      }
    });
  }

  it('hold any set of hashes, and let few others through', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 0x3fffffff }), { maxLength: 300 }), (hashes) => {
        const filter = new HashFilter(encodeFilter(hashes));
        for (const h of hashes) expect(filter.has(h)).toBe(true);
      }),
    );
    const anchors = new HashFilter(builtInTable.filters.anchors);
    const others = Array.from({ length: 20_000 }, (_, i) => hashWord(`zz${i}q`, true));
    expect(others.filter((h) => anchors.has(h)).length / others.length).toBeLessThan(0.01);
  });

  it('writes sorted keys sharing their starts and reads them back as they were', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'é', ' ', "'", '0') , maxLength: 80 }).filter((k) => k.length > 0)), (keys) => {
        const sorted = [...keys].sort();
        expect(decodeKeys(encodeKeys(sorted))).toEqual(sorted);
      }),
    );
    expect(decodeKeys(encodeKeys(builtInTable.folded.keys))).toEqual(builtInTable.folded.keys);
  });

  it('chooses the longest uncommon word as the anchor, or the least common when every word is common', () => {
    expect(anchorOf(['care', 'package'])).toBe('package');
    expect(anchorOf(['community', 'access'])).toBe('access');
    expect(anchorOf(['the', 'elderly'])).toBe('elderly');
  });

  it('counts every built-in entry among the owners of its forms', () => {
    const owned = new Set([...builtInTable.folded.owners, ...builtInTable.exact.owners]);
    expect(Math.max(...owned)).toBeLessThan(builtInEntries.length);
    expect(owned.size).toBe(builtInEntries.length);
  });
});
