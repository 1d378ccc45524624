import { describe, expect, it } from 'vitest';
import { SHORTHAND, mayHaveAbbreviation } from './abbreviation.js';
import { lint } from './lint.js';

const ids = (text: string) => lint(text, { readability: false }).findings.map((f) => `${f.ruleId}:${f.severity}`);
const found = (text: string) => lint(text, { readability: false }).findings.map((f) => text.slice(f.start, f.end));

describe('unexplained abbreviations', () => {
  it('finds every listed shorthand word, in any case, past the quick look', () => {
    for (const word of SHORTHAND) {
      for (const text of [`Seen by ${word} today.`, `Seen by ${word[0]!.toUpperCase()}${word.slice(1)} today.`]) {
        expect([text, mayHaveAbbreviation(text), lint(text, { readability: false }).findings.length > 0]).toEqual([text, true, true]);
      }
    }
    expect(mayHaveAbbreviation('She walks to the shop with her daughter.')).toBe(false);
  });

  it('finds capitalised and shorthand tokens that no entry lists', () => {
    for (const text of ['He is on s117 aftercare.', 'She is subject to s.117 aftercare.', 'Hx of falls.', 'Mrs V c/o pain in her hip.', 'He uses a w/c outdoors.', 'Review in 6/52.', 'He is a 2:1 for transfers.', 'The RMO has been informed.', 'She is known to CMHT.']) {
      expect(ids(text), text).toContain('language/abbreviation:warning');
    }
    expect(found('She DNA\'d her clinic appointment.')).toEqual(["DNA'd"]);
    expect(found('He has two PAs.')).toEqual(['PAs']);
    expect(found('Seen by the GP OOH team.')).toEqual(['OOH']);
    expect(found('Hb low, Px good, sats 94%.')).toEqual(['Hb', 'Px', 'sats']);
  });

  it('finds shorthand in the other shapes notes use: a letter for a word, stops, a query, figures and small letters', () => {
    expect(found('Came in her w/chair today.')).toEqual(['w/chair']);
    expect(found('Paracetamol given p.r.n. at 22:10.')).toEqual(['p.r.n']);
    expect(found('Discussed at the M.D.T. on Wednesday.')).toEqual(['M.D.T']);
    expect(found('More confused since Tuesday, ?infection.')).toEqual(['infection']);
    expect(found('Mr Fenwick needs 2-1 for all transfers.')).toEqual(['2-1']);
    expect(found('Needs prompting with pADLs.')).toEqual(['pADLs']);
    expect(found('Last HbA1c raised.')).toEqual(['HbA1c']);
    expect(found('A standard authorisation under dols was granted.')).toEqual(['dols']);
    expect(found('Mrs Joseph dna\'d her appointment.')).toEqual(["dna'd"]);
  });

  it('leaves the look-alikes: a pronoun, a score, initials, everyday stops and brand names', () => {
    for (const text of ['s/he will call back.', 'I/we will ring on Monday.', 'City won 2-1 on Saturday.', 'The score was 3-1.', 'Mrs A.B. Khan lives at number 4.', 'Bring a coat, e.g. the blue one.', 'She uses her iPad every day.', 'She had a DNA test.', 'Is she OK? Yes, she said.', 'The form said n/a.']) {
      expect(ids(text), text).toEqual([]);
    }
  });

  it('lets everyday abbreviations, names, numbers and headings in capitals pass', () => {
    for (const text of ['Her GP referred her.', 'He went to A&E.', 'The NHS pays.', 'She moved to the UK.', 'He watches BBC news on TV.', 'Mr McKay visited at 10 a.m.', 'Chapter II is long.', 'CARE AND SUPPORT PLAN FOR JOHN', 'The score was 3-1 on 6/7.', 'She has COVID-19.']) {
      expect(ids(text), text).toEqual([]);
    }
  });

  it('needs each abbreviation explained at its own first use, in any of the usual ways', () => {
    expect(ids('The Responsible Medical Officer (RMO) agreed. The RMO wrote.')).toEqual([]);
    expect(ids('The RMO (Responsible Medical Officer) agreed.')).toEqual([]);
    expect(ids('Section 117 of the Mental Health Act (s117) applies.')).toEqual([]);
    expect(ids('She has an "approved clinician" (AC) who visits.')).toEqual([]);
    expect(ids('We used the Community Mental Health Team, or CMHT, for advice.')).toEqual([]);
    expect(ids('The RMO, which is the doctor in charge, agreed.')).toEqual([]);
    expect(ids('The Responsible Medical Officer (RMO) and the BIA met.')).toEqual(['language/abbreviation:warning']);
    expect(ids('The RMO met. The Responsible Medical Officer (RMO) agreed.')).toEqual(['language/abbreviation:warning']);
  });

  it("keeps the person's own words as theirs, and can be switched off", () => {
    expect(ids('She said, "The CMHT never call."')).toEqual(['language/abbreviation:info']);
    expect(lint('The RMO agreed.', { readability: false, disable: ['abbreviation'] }).findings).toEqual([]);
    expect(lint('The MDT and the MDTs agreed.', { readability: false, disable: ['mdt'] }).findings).toEqual([]);
    expect(ids('I WANT TO GO HOME TO MY OWN BED AT NIGHT')).toEqual([]);
    expect(ids('I WANT MY PENSION TO LAST THE MONTH, AND I STILL WANT TO SEE DAVE.')).toEqual([]);
  });

  it('is found by the quick look too', async () => {
    const { createLinter } = await import('./lint.js');
    const linter = createLinter({ readability: false });
    expect(linter.mayFind('The RMO agreed.')).toBe(true);
    expect(linter.mayFind('She went to the shop.')).toBe(false);
  });
});
