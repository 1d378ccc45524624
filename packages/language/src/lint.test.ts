import { describe, expect, it } from 'vitest';
import { feedbackForModel } from './feedback.js';
import { LanguageInputError } from './language-error.js';
import { createLinter, lint } from './lint.js';

const ids = (text: string, options = {}) => lint(text, { readability: false, ...options }).findings.map((f) => `${f.ruleId}:${f.severity}`);

describe('lint', () => {
  it('gives each finding the shared shape, with offsets, 1-based line and column, and suggestions', () => {
    const text = 'Arthur likes his garden.\nHe wanders at night.';
    const [finding] = lint(text).findings;
    expect(finding).toEqual({
      ruleId: 'language/wandering',
      severity: 'warning',
      path: '',
      message: expect.stringMatching(/^Replace "wanders", a label, with words the person would use, for example "walks"/),
      source: expect.any(String),
      start: 28,
      end: 35,
      line: 2,
      column: 4,
      suggestions: expect.arrayContaining(['walks']),
    });
    expect(text.slice(finding!.start, finding!.end)).toBe('wanders');
  });

  it('keeps the person\'s own words as theirs: quoted or in the person\'s voice, at most info', () => {
    expect(ids('She said, "I\'m not a wanderer, I just like a walk."')).toEqual(['language/wandering:info']);
    expect(ids('“I refused because the water was cold,” he told us.')).toEqual(['language/refuses:info']);
    expect(ids('He told us it was ‘a bit of a tantrum’ on his part.')).toEqual(['language/tantrum:info']);
    expect(ids('My dad wanders about at night when he can\'t sleep.', { voice: 'person' })).toEqual(['language/wandering:info']);
    // Apostrophes are not quotation marks.
    expect(ids("She's been wandering from the nurses' station.")).toEqual(['language/wandering:warning']);
  });

  it("does not repeat the person's quoted words in a finding: the entry's own phrase names what was found", () => {
    const said = lint('She said, "I\'m not a WANDERER, I just like a walk." Her words: "the PCWX came late".');
    const messages = said.findings.map((f) => `${f.message} ${f.suggestions.join(' ')}`);
    expect(said.findings.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message).not.toContain('WANDERER');
      expect(message).not.toContain('PCWX');
    }
  });

  it('reads hyphens, spaces and closed spellings alike, and ignores capitals unless an entry asks', () => {
    expect(ids('Non-compliant. Non compliant. NONCOMPLIANT.')).toEqual(Array(3).fill('language/non-compliant:warning'));
    expect(ids('The ot was late.')).toEqual([]);
    expect(ids('The OT was late.')).toEqual(['language/ot:warning']);
  });

  it('judges jargon at its first use: explained there, it is fine later; unexplained, it is reported once', () => {
    expect(ids('The multidisciplinary team (MDT) met. The MDT agreed.')).toEqual([]);
    expect(ids('The MDT (multidisciplinary team) met. The MDT agreed.')).toEqual([]);
    expect(ids('The MDT met. The multidisciplinary team (MDT) agreed. The MDT met again.')).toEqual(['language/mdt:warning']);
  });

  it('leaves a label about a thing alone, and still finds it about the person', () => {
    const ids = (text: string) => lint(text).findings.map((f) => f.ruleId);
    for (const text of ['The footpath wanders along the river.', 'His mind wanders when the radio is on.', 'The bank refused the loan.', 'She has an aggressive cancer.', 'The fence panel is vulnerable in high winds.']) expect([text, ids(text)]).toEqual([text, []]);
    expect(ids('He wanders along the river at night.')).toContain('language/wandering');
    // A thing after a preposition is where the person is, not who the sentence is about.
    expect(ids('The lady in bed 4 is a wanderer.')).toContain('language/wandering');
    expect(ids('The man by the door was aggressive.')).toContain('language/aggressive');
    expect(ids('The dog in the garden is aggressive.')).toEqual([]);
    expect(ids('The provider was hostile to the idea of a later visit.')).toEqual([]);
    expect(ids('The provider said he was hostile to staff.')).toContain('language/obstructive');
  });

  it('reads a name as a person even when it is also a thing, and a phrase after its own article as naming someone', () => {
    const ids = (text: string) => lint(text, { readability: false }).findings.map((f) => f.ruleId);
    expect(ids('Mrs Hill suffers from dementia.')).toContain('language/suffers-from');
    expect(ids('The roses suffered in the frost.')).toEqual([]);
    expect(ids('Agency staff were told the schizophrenic on the first floor likes tea.')).toContain('language/mental-health-labels');
    expect(ids('The new puppy is a good girl.')).toEqual([]);
    expect(ids('She is a good girl for the carers.')).toContain('language/infantilising');
    expect(ids('Aggressive weeds took over the beds.')).toEqual([]);
    // The subject is a thing before the verb, or someone after a preposition is not it; a new clause starts afresh.
    expect(ids('The sunflowers in the courtyard were stricken by the frost.')).toEqual([]);
    expect(ids("Nadia's job as a carer is demanding.")).toEqual([]);
    expect(ids('A care worker helps her bathe, as she is wheelchair-bound.')).toContain('language/wheelchair-bound');
    expect(ids('His mood can be challenging.')).toContain('language/challenging');
    expect(ids('Keep the corridor clear because the blind on this floor trip over.')).toContain('language/learning-disabled');
    expect(ids('He has a long history of challenging behaviour.')).toContain('language/challenging');
  });

  it('reads comparisons, children, body parts and cars as not the person', () => {
    const ids = (text: string) => lint(text, { readability: false }).findings.map((f) => f.ruleId);
    // After "than" or "as" an adjective is no preposition's object: the subject decides.
    expect(ids('The consultant said the tumour looks slow-growing rather than aggressive.')).toEqual([]);
    expect(ids('She was described as aggressive by the agency.')).toContain('language/aggressive');
    // Words for childhood are right for the children in the sentence, and still wrong for an adult.
    expect(ids('Her great-grandson is still in nappies and she loves helping to change him.')).toEqual([]);
    expect(ids('The grandchildren had a tantrum at the party, she said, laughing.')).toEqual([]);
    expect(ids('Mrs Okoye is in nappies now.')).toContain('language/nappy');
    expect(ids('Mr Kaur had a paddy when the TV was switched off.')).toContain('language/tantrum');
    expect(ids('Her hip is playing up again in the cold.')).toEqual([]);
    expect(ids('He was playing up for the agency staff tonight.')).toContain('language/kicking-off');
    expect(ids('The elderly Volvo finally failed its MOT.')).toEqual([]);
  });

  it('reads "which" as an explanation only when it says what a thing is, and a possessive apostrophe as part of its word', () => {
    const ids = (text: string) => lint(text, { readability: false }).findings.map((f) => f.ruleId);
    expect(ids('She has CHC, which is NHS continuing healthcare, from May.')).toEqual([]);
    expect(ids('Mr Asante has PRN paracetamol, which staff offer him at lunchtime.')).toEqual(['language/abbreviation']);
    expect(ids("Mrs Sato chairs the residents' association in her block.")).toEqual([]);
    expect(ids('The residents were asked about the garden.')).toEqual(['language/resident']);
    // A phrase that ends by naming people is about people, whatever the sentence's subject.
    expect(ids('The house currently supports four learning-disabled adults.')).toContain('language/learning-disabled');
  });

  it('reads a person as a room number, a task or equipment only where the words say so', () => {
    const ids = (text: string) => lint(text, { readability: false }).findings.map((f) => f.ruleId);
    expect(ids('Room 9 wants her tea now.')).toEqual(['language/room-number']);
    expect(ids('Room 9 needs a new light bulb.')).toEqual([]);
    expect(ids('Mrs Oyelowo is a hoist and a feed.')).toContain('language/person-as-equipment');
    expect(ids('The room is a double with its own bathroom.')).toEqual([]);
    expect(ids('He is a single man who lives with his cat.')).toEqual([]);
    expect(ids('Staff managed Mr Akhtar back to his room.')).toEqual(['language/handled-as-object']);
    expect(ids('He managed to walk to the shop on his own.')).toEqual([]);
  });

  it('reads {start} and {number} in contexts: a note without a subject, and people counted', () => {
    const ids = (text: string) => lint(text, { readability: false }).findings.map((f) => f.ruleId);
    expect(ids('Hoisted from bed to chair by two carers.')).toContain('language/done-to');
    expect(ids('The hoisted sofa would not fit through the door.')).toEqual([]);
    expect(ids('We have 3 feeds and 2 doubles this morning.')).toEqual(['language/feeding', 'language/counted-as-tasks']);
    expect(ids('The two hoists in the store room were serviced, and she feeds the birds.')).toEqual([]);
  });

  it('takes more ways of explaining an abbreviation at its first use', () => {
    for (const text of [
      'PRN means medicine taken only when needed; he asked for his PRN at 9pm.',
      'BIA stands for best interests assessor.',
      'Continuing Healthcare, known as CHC, is NHS funding.',
      'The Care Quality Commission, the CQC, inspected the home.',
      'She has a DNACPR form, meaning do not attempt cardiopulmonary resuscitation.',
      'Staff record medicines on the MAR chart (medication administration record).',
      'Discharge to Assess (D2A) means she goes home first.',
    ]) expect([text, ids(text)]).toEqual([text, []]);
    expect(ids('Staff record medicines on the MAR chart.')).toEqual(['language/abbreviation:warning']);
    expect(ids('Physiotherapist (PT) Kim showed him three exercises.')).toEqual([]);
    expect(ids('Adult social care - ASC in council papers - has a new number.')).toEqual([]);
    expect(ids('She did a DNA test and found cousins in Cork.')).toEqual([]);
    expect(ids("He DNA'd the clinic, and was a DNA again in May.")).toEqual(['language/abbreviation:warning']);
    // Spelled out earlier in the text, even in another sentence; "COPD means he …" says what follows, not what it is.
    expect(ids('He has chronic obstructive pulmonary disease. His COPD is well controlled.')).toEqual([]);
    expect(ids('The Integrated Care Board is the local NHS body. The ICB agreed to fund it.')).toEqual([]);
    expect(ids('His COPD means he gets breathless in the garden.')).toEqual(['language/abbreviation:warning']);
    expect(ids("She was d/c'd from the ward on Friday.")).toEqual(['language/abbreviation:warning']);
  });

  it('switches entries off, and takes callers\' own entries, which win over built-in ones', () => {
    expect(ids('He wanders.', { disable: ['wandering'] })).toEqual([]);
    expect(ids('He wanders.', { disable: ['language/wandering'] })).toEqual([]);
    const entry = { id: 'walkabout', kind: 'label' as const, phrases: ['wanders', 'goes walkabout'], suggestions: ['goes for a walk'], note: 'Say where.', source: 'Our style guide', severity: 'error' as const };
    expect(ids('He wanders and goes walkabout.', { entries: [entry] })).toEqual(['language/walkabout:error', 'language/walkabout:error']);
  });

  it('refuses unusable input and entries with one clear sentence', () => {
    expect(() => lint(42 as unknown as string)).toThrow(new LanguageInputError('not-text', 'The text to lint is not a string.'));
    expect(() => lint('abc', { maxLength: 2 })).toThrow('The text is 3 characters, over the limit of 2: split it or raise maxLength.');
    expect(() => createLinter({ entries: [{ id: 'Bad', kind: 'label', phrases: ['x'], suggestions: ['y'], note: '', source: '', severity: 'warning' }] })).toThrow(
      'The language entry "Bad" needs a kebab-case id.',
    );
    expect(() => createLinter({ entries: [{ id: 'ok', kind: 'label', phrases: [], suggestions: ['y'], note: '', source: '', severity: 'warning' }] })).toThrow('needs at least one phrase');
  });

  it('reports very long sentences as info, and scores readability', () => {
    const long = `She ${'likes to walk to the shop and '.repeat(4)}back again.`;
    const result = lint(`${long} She is happy.`);
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.column])).toEqual([['language/long-sentence', 'info', 1]]);
    expect(result.readability).toMatchObject({ sentences: 2, words: 34, longestSentenceWords: 31 });
    expect(lint('', {}).readability).toMatchObject({ words: 0, fleschReadingEase: null, readingAge: null });
    expect(lint('He wanders.', { readability: false }).readability).toBeNull();
  });

  it('never changes its input and keeps offsets right around surrogate pairs', () => {
    const text = '🙂 He wanders 🙂 at night.';
    const [finding] = lint(text).findings;
    expect(text.slice(finding!.start, finding!.end)).toBe('wanders');
    expect(finding!.column).toBe(7);
  });
});

describe('a linter\'s quick look', () => {
  const linter = createLinter({ readability: false });

  it('passes over notes that name a diagnosis or the community, and still finds the labels made of them', () => {
    expect(linter.mayFind('She has dementia and enjoys the community garden; she is learning to paint.')).toBe(false);
    for (const text of ['He is a dementia victim.', 'She has been accessing the community.', 'He is learning disabled.', 'Community access on Tuesdays.']) {
      expect(linter.mayFind(text), text).toBe(true);
      expect(linter(text).findings.length, text).toBeGreaterThan(0);
    }
  });

  it('refuses what the linter refuses', () => {
    expect(() => linter.mayFind(42 as unknown as string)).toThrow(LanguageInputError);
    expect(() => createLinter({ maxLength: 5 }).mayFind('too long by far')).toThrow(/over the limit of 5/);
  });
});

describe('feedbackForModel', () => {
  it('turns warnings into one short instruction each, once per phrase', () => {
    const text = 'Mr B wanders at night. He wanders in the day too. Discussed at MDT.';
    expect(feedbackForModel(text, lint(text).findings)).toEqual([
      'Replace "wanders" with how the person describes it, for example "walks".',
      'Replace "MDT" with how the person describes it, for example "the team of people who support you".',
    ]);
  });

  it('leaves out info findings unless asked', () => {
    const text = 'She said, "I refused it." She utilises a frame.';
    expect(feedbackForModel(text, lint(text).findings)).toEqual([]);
    expect(feedbackForModel(text, lint(text).findings, { includeInfo: true })).toHaveLength(2);
  });
});
