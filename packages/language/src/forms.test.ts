import { describe, expect, it } from 'vitest';
import { formsOfAbbreviation, formsOfPhrase, formsOfWord, spellingsOf, stemsOf } from './forms.js';

describe('forms from one lemma', () => {
  it('inflects a verb and makes its agent noun', () => {
    expect(formsOfWord('wander')).toEqual(expect.arrayContaining(['wander', 'wanders', 'wandered', 'wandering', 'wanderer', 'wanderers']));
    expect(formsOfWord('refuse')).toEqual(expect.arrayContaining(['refuses', 'refused', 'refusing']));
    expect(formsOfWord('fall')).toEqual(expect.arrayContaining(['falls', 'faller', 'fallers']));
  });

  it('doubles a final consonant after one short vowel, and handles -y and -es', () => {
    expect(formsOfWord('sundown')).toEqual(expect.arrayContaining(['sundowns', 'sundowning', 'sundowner']));
    expect(formsOfWord('hit')).toContain('hitting');
    expect(formsOfWord('bully')).toEqual(expect.arrayContaining(['bullies', 'bullied', 'bullying']));
    expect(formsOfWord('touch')).toContain('touches');
  });

  it('finds the lemma from any form, so an entry may be written with whichever form', () => {
    expect(stemsOf('sundowning')).toContain('sundown');
    expect(stemsOf('placed')).toContain('place');
    expect(formsOfWord('feeder')).toEqual(expect.arrayContaining(['feed', 'feeds', 'feeding', 'feeders']));
    expect(formsOfWord('neglecter')).toContain('neglecters');
  });

  it('gives both spellings', () => {
    expect(spellingsOf('mobilise')).toEqual(['mobilise', 'mobilize']);
    expect(spellingsOf('behaviours')).toEqual(['behaviours', 'behaviors']);
    expect(formsOfWord('behaviour')).toContain('behaviors');
  });

  it('inflects a phrase at its first or last content word only', () => {
    const forms = formsOfPhrase(['suffers', 'from']).map((w) => w.join(' '));
    expect(forms).toEqual(expect.arrayContaining(['suffers from', 'suffered from', 'suffering from']));
    expect(formsOfPhrase(['service', 'user']).map((w) => w.join(' '))).toContain('service users');
    expect(formsOfPhrase(['to', 'a']).map((w) => w.join(' '))).toEqual(['to a']);
  });

  it('makes the forms of an abbreviation, but no lower-case word', () => {
    expect(formsOfAbbreviation('NFA')).toEqual(expect.arrayContaining(['NFA', 'NFAs', "NFA'd", 'nfa', "nfa'd"]));
    expect(formsOfAbbreviation('PA')).toEqual(expect.arrayContaining(['PAs']));
    expect(formsOfAbbreviation('PA')).not.toContain('pa');
    expect(formsOfAbbreviation('SALT')).not.toContain('salt');
  });

  it('leaves the input alone', () => {
    const words = Object.freeze(['service', 'user']);
    formsOfPhrase(words);
    expect(words).toEqual(['service', 'user']);
  });
});
