import { abbreviationAt, mayHaveAbbreviation } from './abbreviation.js';
import type { EntryContext, LanguageEntry, Severity } from './entry.js';
import type { LanguageFinding } from './finding.js';
import { phraseWords } from './forms.js';
import { builtInEntries } from './generated/entries.js';
import { builtInTable } from './generated/phrase-table.js';
import { LanguageInputError } from './language-error.js';
import { PhraseIndex, phraseTable, type PhraseMatch, type PhraseSource } from './phrase-index.js';
import { inSpans, quotedSpans, type Span } from './quotes.js';
import { readability, readText, sentences, type Readability, type ReadingCounts } from './readability.js';
import { anyWord, Tokens } from './tokenize.js';

/** Whose words the text is: a practitioner's, or the person's own (never more than info findings). */
export type Voice = 'practitioner' | 'person';

export interface LintOptions {
  /** Default 'practitioner'. */
  readonly voice?: Voice;
  /** Entries to add to the built-in ones; an entry with a built-in id replaces it. */
  readonly entries?: readonly LanguageEntry[];
  /** Entry ids to switch off (`wandering`, or `language/wandering`), and `long-sentence`. */
  readonly disable?: readonly string[];
  /** Set to false to skip the readability figures (findings for long sentences go too). Default true. */
  readonly readability?: boolean;
  /** JSON Pointer to put in each finding's `path`. Default ''. */
  readonly path?: string;
  /** Longest text accepted, in characters. Default 5,000,000. */
  readonly maxLength?: number;
}

export interface LintResult {
  readonly findings: readonly LanguageFinding[];
  /** Null when readability was switched off. */
  readonly readability: Readability | null;
}

const LONG_SENTENCE_WORDS = 25;
const DEFAULT_MAX_LENGTH = 5_000_000;
const ABBREVIATION_SOURCE = 'HICM change one (replace jargon with phrases people recognise); TLAP Jargon Buster';
const LONG_SENTENCE_SOURCE = 'Public-sector plain English guidance (reading age 9–11; sentences of 15 to 20 words)';

interface CompiledContext {
  readonly next: readonly (readonly string[])[];
  readonly previous: readonly (readonly string[])[];
}

// "{person}" in a context stands for a word that names a person: a pronoun, a relation, or a name.
const PERSON = '{person}';
// "{start}" stands for the start of a sentence or note: "Hoisted from bed to chair", "Fed by staff".
const START = '{start}';
// "{number}" stands for a number in figures or words: "22 cases", "three feeds".
const NUMBER = '{number}';
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'several', 'many', 'few']);
const isNumber = (tokens: Tokens, i: number) => tokens.isWord(i) && (NUMBER_WORDS.has(tokens.norm(i)!) || /^\d+$/.test(tokens.norm(i)!));
const PERSON_WORDS = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'man', 'woman', 'mum', 'dad', 'son', 'daughter', 'husband', 'wife', 'partner', 'brother', 'sister', 'resident', 'tenant', 'gentleman', 'lady', 'patient', 'client', 'grandson', 'granddaughter', 'family', 'relatives', 'parents',
  'neighbour', 'neighbours', 'friend', 'friends', 'carer', 'carers', 'staff', 'nurse', 'nurses', 'doctor', 'worker', 'workers', 'lodger', 'visitor', 'visitors', 'mother', 'father', 'grandmother', 'grandfather', 'grandma', 'grandad', 'granny', 'nan', 'aunt', 'uncle', 'cousin', 'nephew', 'niece', 'child', 'children', 'boy', 'boys', 'girl', 'girls', 'lad', 'lads', 'baby', 'toddler', 'teenager', 'adult', 'adults', 'people', 'person', 'individual', 'user', 'users', 'tenants', 'residents', 'patients', 'clients', 'gentlemen', 'ladies', 'men', 'women', 'chap', 'fella', 'mate', 'pupil', 'student', 'member', 'members', 'male', 'female', 'sufferer', 'self', 'himself', 'herself', 'themselves', 'mr', 'mrs', 'ms', 'miss', 'dr', 'i', 'we', 'you', 'me', 'us',
  // What a person does or how they are is the person: "his behaviour is challenging".
  'behaviour', 'behaviours', 'behavior', 'conduct', 'attitude', 'manner', 'mood', 'moods', 'temper', 'language', 'tone', 'voice', 'presentation', 'personality', 'character',
  'calls', 'requests', 'demands', 'actions', 'reactions', 'outbursts', 'comments', 'remarks', 'overdose', 'overdoses', 'screen', 'screens', 'urine', 'occupant', 'occupants', 'occupier', 'householder', 'homeowner', 'passenger', 'pedestrian', 'driver', 'diabetes', 'epilepsy', 'asthma', 'condition', 'health', 'memory', 'weight', 'drinking', 'eating', 'continence', 'hygiene', 'engagement', 'insight', 'compliance', 'capacity', 'needs', 'appearance']);
// Capitalised words that start sentences but do not name anyone.
const NOT_NAMES = new Set(['the', 'this', 'that', 'it', 'its', 'these', 'those', 'there', 'some', 'any', 'all', 'each', 'every', 'what', 'which', 'our', 'my', 'your', 'his', 'a', 'an', 'today', 'tomorrow', 'yesterday', 'life', 'work', 'everything', 'nothing', 'something', 'night', 'morning', 'evening']);
const isPerson = (tokens: Tokens, i: number) => {
  if (!tokens.isWord(i)) return false;
  const norm = tokens.norm(i)!;
  const first = tokens.text.charCodeAt(tokens.start[i]!);
  const capital = first < 0x80 ? first >= 0x41 && first <= 0x5a : /\p{Lu}/u.test(tokens.text[tokens.start[i]!]!);
  return PERSON_WORDS.has(norm) || (capital && !NOT_NAMES.has(norm));
};

// Subjects that are not the person: a label about a thing ("the dog is aggressive"), an organisation or a relative
// ("the landlord refused", "her daughter refused") is not a label for the person the record is about.
const NOT_THE_PERSON = new Set(['cancer', 'tumour', 'tumor', 'infection', 'disease', 'illness', 'virus', 'bacteria', 'strain', 'treatment', 'dog', 'dogs', 'cat', 'cats', 'puppy', 'horse', 'path', 'paths', 'road', 'roads', 'river', 'stream', 'lane', 'route', 'weather', 'wind', 'storm', 'sea', 'rain', 'snow', 'ice', 'fence', 'panel', 'wall', 'door', 'roof', 'window', 'software', 'system', 'computer', 'website', 'crossword', 'puzzle', 'game', 'walk', 'hill', 'job', 'week', 'day', 'year', 'situation', 'conversation', 'building', 'house', 'property', 'boiler', 'car', 'bus', 'garden', 'ramp', 'order', 'hoist', 'chair', 'bed', 'photo', 'lamp', 'paint', 'policy', 'market', 'stairs', 'tree', 'trees', 'plant', 'plants', 'traffic', 'footpath', 'footpaths', 'pathway', 'track', 'trail', 'corridor', 'canal', 'brook', 'coast', 'coastline', 'mind', 'thoughts', 'attention', 'gaze', 'eyes', 'signal', 'prices', 'tumours', 'cancers', 'roads', 'routes', 'fences', 'panels', 'walls', 'doors', 'provider', 'providers', 'agency', 'agencies', 'council', 'company', 'firm', 'bank', 'insurer', 'landlord', 'referee', 'team', 'bridge', 'bridges', 'fire', 'appliance', 'appliances', 'equipment', 'alarm', 'wiring', 'roses', 'flowers', 'lawn', 'crops', 'cupboard', 'cupboards', 'shelf', 'shelves', 'switch', 'socket', 'tap', 'spaniel', 'terrier', 'labrador', 'collie', 'pet', 'pets', 'rabbit', 'budgie', 'parrot', 'van', 'boat', 'business', 'weeds', 'weed', 'pigeons', 'pigeon', 'birds', 'bird', 'seagulls', 'geese', 'wasps', 'bees', 'squirrels', 'foxes', 'animal', 'animals', 'machine', 'lawnmower', 'mower', 'kettle', 'engine', 'printer', 'phone', 'laptop', 'tablet', 'television', 'microwave', 'oven', 'fridge', 'freezer', 'heater', 'heating', 'radiator', 'lock', 'gate', 'scooter', 'battery', 'hedge', 'hedges', 'bin', 'bins', 'drain', 'drains', 'pipe', 'pipes', 'toaster', 'cooker', 'cars', 'greyhound', 'whippet', 'poodle', 'retriever', 'alsatian', 'dachshund', 'pup', 'kitten', 'hamster', 'tortoise', 'goat', 'sheep', 'cows', 'pony', 'horses', 'hens', 'chickens', 'ducks', 'ivy', 'association', 'trust', 'gears', 'bike',
  // Cars are things too, and their makes are capitalised like names: "the elderly Volvo failed its MOT".
  // Journeys and paperwork can be a nightmare too.
  'journey', 'journeys', 'paperwork', 'commute', 'process', 'roadworks', 'train', 'trains', 'forms', 'form',
  // Plants in a garden are vulnerable to frost, not people.
  'seedlings', 'seedling', 'shrubs', 'shrub', 'bulbs', 'saplings', 'vegetables', 'tomatoes', 'greenhouse', 'tiles', 'slates',
  // Rooms and household things are kept clean or dirty, not people: "the kitchen has been clean since the deep clean".
  'kitchen', 'flat', 'bathroom', 'bedroom', 'carpet', 'carpets', 'floor', 'floors', 'sheets', 'bedding', 'clothes', 'laundry', 'toilet', 'bath', 'shower', 'sink', 'dishes', 'towels',
  // A body part playing up or a knee that is difficult is not the person: "her hip is playing up again".
  'knee', 'knees', 'hip', 'hips', 'leg', 'legs', 'chest', 'shoulder', 'shoulders', 'stomach', 'tummy', 'arthritis', 'joints', 'bladder', 'bowels', 'ankle', 'ankles', 'wrist', 'foot', 'feet',
  'volvo', 'vauxhall', 'fiat', 'toyota', 'nissan', 'honda', 'renault', 'peugeot', 'citroen', 'citroën', 'skoda', 'kia', 'hyundai', 'bmw', 'audi', 'mercedes', 'volkswagen', 'vw', 'mazda', 'suzuki', 'saab', 'landrover', 'motorbike', 'motorcycle', 'caravan', 'campervan', 'tractor', 'lorry']);
// Organisations and relatives refuse things too; for refusals only, as a relative can be the one labelled elsewhere.
const OTHERS = new Set(['association', 'trust', 'landlord', 'bank', 'council', 'company', 'firm', 'agency', 'provider', 'hospital', 'court', 'tribunal', 'insurer', 'school', 'college', 'pharmacy', 'surgery', 'daughter', 'son', 'sister', 'brother', 'wife', 'husband', 'partner', 'neighbour', 'neighbours', 'mother', 'father', 'mum', 'dad', 'friend', 'friends', 'nephew', 'niece', 'grandson', 'granddaughter', 'family', 'relatives']);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'very', 'quite', 'its', 'their', 'his', 'her']);
const SENTENCE_ENDS = new Set(['.', '!', '?', ';', ':']);
const ARTICLES = new Set(['a', 'an', 'the']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you']);
// After these the phrase says what the subject is ("the puppy is a good girl"), so the subject decides.
const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'became', 'becomes', 'seems', 'seemed', 'remains', 's']);
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);
// "Mrs Hill", "Jo Bank": a word that is also a thing is a name after a title or another name.
const startsCapital = (tokens: Tokens, k: number) => tokens.isWord(k) && /^\p{Lu}/u.test(tokens.raw(k));
const isName = (tokens: Tokens, i: number) =>
  startsCapital(tokens, i) && (TITLES.has(tokens.norm(i - 1) ?? '') || (startsCapital(tokens, i - 1) && !NOT_NAMES.has(tokens.norm(i - 1)!)));
// Words that start a subject ("the", "his", "three"), and the verbs and adverbs between a subject and what is said of it.
const NOUN_STARTS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'this', 'that', 'these', 'those', 'some']);
const VERB_CHAIN = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'can', 'could', 'will', 'would', 'may', 'might', 'must', 'should', 'keeps', 'kept', 'keep', 'gets', 'got', 'get', 'became', 'becomes', 'become', 'seems', 'seemed', 'looks', 'looked', 'appears', 'appeared', 'remains', 'very', 'quite', 'so', 'too', 'always', 'often', 'sometimes', 'rather', 'all', 'not', 'never', 'still', 'now', 'also', 'again', 'then', 'just', 'both', 'at', 'times', 'more', 'less', 'most', 'much', 'a', 'bit', 'lot', 's', 'd', 'and', 'or']);
// A new clause starts: what came before is about someone or something else.
const CLAUSE_BREAKS = new Set(['because', 'although', 'though', 'while', 'whilst', 'unless', 'if', 'so', 'but', 'who', 'which', 'whereas']);
// A thing after a preposition is not who the sentence is about: "the lady in bed 4 is a wanderer".
const PREPOSITIONS = new Set(['in', 'on', 'at', 'by', 'near', 'up', 'with', 'from', 'of', 'into', 'onto', 'under', 'beside', 'behind', 'opposite', 'past', 'along', 'across', 'over', 'as', 'for', 'about', 'like', 'than', 'through', 'around', 'between', 'among', 'without', 'within', 'towards', 'toward', 'against', 'during']);
function afterPreposition(tokens: Tokens, i: number): boolean {
  let j = i - 1;
  // Determiners, and the words of a place's name before it: "the walk up Mam Tor was challenging".
  const inName = startsCapital(tokens, i);
  while (j > 0 && tokens.isWord(j) && (DETERMINERS.has(tokens.norm(j)!) || (inName && startsCapital(tokens, j)))) j--;
  return j >= 0 && tokens.isWord(j) && PREPOSITIONS.has(tokens.norm(j)!);
}

// True when the phrase is about something or someone else: "an aggressive cancer", "the fence panel … is vulnerable".
const ABOUT_OTHERS = new Set(['refuses', 'abusive']);
const COMPARING = new Set(['than', 'as']);
// Words of permission and control have staff or a service as their subject, and are about the person all the same.
const CONTROLLING = new Set(['controlling-language', 'privileges', 'handled-as-object', 'managing-people']);
const STAFF = new Set(['team', 'teams', 'council', 'provider', 'providers', 'agency', 'agencies', 'company', 'trust', 'staff', 'home']);
const PEOPLE = new Set(['man', 'woman', 'men', 'women', 'lady', 'ladies', 'gentleman', 'gentlemen', 'person', 'people', 'adult', 'adults', 'patient', 'patients', 'client', 'clients', 'resident', 'residents', 'individual', 'individuals']);
// Entries whose words are right for a child, and the words that name one.
const CHILDHOOD = new Set(['nappy', 'tantrum', 'infantilising']);
const CHILDREN = new Set(['baby', 'babies', 'toddler', 'toddlers', 'grandson', 'granddaughter', 'grandchild', 'grandchildren', 'grandkids', 'child', 'children', 'kids', 'kid', 'infant', 'infants', 'nephew', 'niece', 'boy', 'girl', 'boys', 'girls']);
function aboutSomethingElse(tokens: Tokens, m: PhraseMatch): boolean {
  const others = ABOUT_OTHERS.has(m.entry.id);
  const controlling = CONTROLLING.has(m.entry.id);
  // "Her great-grandson is still in nappies": words for childhood are right for a child earlier in the sentence.
  if (CHILDHOOD.has(m.entry.id)) {
    for (let i = m.first - 1; i >= 0 && i >= m.first - 12 && !SENTENCE_ENDS.has(tokens.norm(i)!); i--) if (CHILDREN.has(tokens.norm(i)!)) return true;
  }
  // "four learning-disabled adults", "the dialysis patient": a phrase that ends by naming people is about people.
  if (PEOPLE.has(tokens.norm(m.last)!)) return false;
  const startsSentence = m.first === 0 || SENTENCE_ENDS.has(tokens.norm(m.first - 1)!);
  if ((startsSentence || DETERMINERS.has(tokens.norm(m.first - 1) ?? '')) && NOT_THE_PERSON.has(tokens.norm(m.last + 1) ?? '')) return true;
  // "the schizophrenic", "a high-risk male": the phrase, after its own article, names someone itself ("the burden of
  // the snow" does not).
  if (ARTICLES.has(tokens.norm(m.first - 1) ?? '') && !COPULAS.has(tokens.norm(m.first - 2) ?? '') && tokens.norm(m.last + 1) !== 'of') return false;
  // "a history of challenging behaviour", "with their dollies": a phrase in a preposition's object is about the person.
  let before = m.first - 1;
  while (before >= 0 && tokens.isWord(before) && (NOUN_STARTS.has(tokens.norm(before)!) || DETERMINERS.has(tokens.norm(before)!))) before--;
  // ("rather than aggressive", "described as aggressive": an adjective after "than" or "as" is no object; the subject decides.)
  if (before >= 0 && PREPOSITIONS.has(tokens.norm(before)!) && !COMPARING.has(tokens.norm(before)!)) return false;
  let noun = false;
  let chain = false;
  for (let i = m.first - 1, words = 0; i >= 0 && words < 8 && i >= m.first - 24; i--) {
    if (!tokens.isWord(i)) {
      if (SENTENCE_ENDS.has(tokens.norm(i)!)) break;
      continue;
    }
    words++;
    const norm = tokens.norm(i)!;
    if (CLAUSE_BREAKS.has(norm)) break;
    if (NOT_THE_PERSON.has(norm) && (afterPreposition(tokens, i) || isName(tokens, i))) continue;
    // "The team has agreed to let Mrs G …": who gives permission is staff; the words are still about the person.
    if (controlling && STAFF.has(norm)) continue;
    if (NOT_THE_PERSON.has(norm) || (others && OTHERS.has(norm))) return true;
    // "The visit was challenging", "three cars were victims of …": a subject of words that name no one, then a verb.
    if (noun && (NOUN_STARTS.has(norm) || isNumber(tokens, i) || /['’]s?$/.test(norm))) {
      if (chain && !PREPOSITIONS.has(tokens.norm(i - 1) ?? '')) return true;
      noun = false;
      continue;
    }
    // "Her job as a carer is demanding": someone after a preposition is not the subject either.
    // ("he", "she" and "they" are never a preposition's object: "as she is wheelchair-bound" is about her.)
    if (isPerson(tokens, i) && (SUBJECT_PRONOUNS.has(norm) || !afterPreposition(tokens, i))) return false;
    if (NOUN_STARTS.has(norm)) continue;
    if (PREPOSITIONS.has(norm)) noun = false;
    else if (VERB_CHAIN.has(norm) || /ly$/.test(norm)) chain ||= !noun;
    else noun = true;
  }
  return false;
}

// Explained at first use: "multidisciplinary team (MDT)", '"occupational therapist" (OT)', "MDT (multidisciplinary
// team)", "CHC, which is …", "the Decision Support Tool, or DST", "DST, meaning …".
const EXPLAINERS = new Set(['which', 'meaning', 'means', 'or', 'stands', 'short']);
// "His COPD means he gets breathless" says what follows from it, not what it is.
const CLAUSE_STARTS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'that', 'his', 'her', 'their', 'there']);
const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'to', 'in', 'on', 'a', '&']);

// "He has chronic obstructive pulmonary disease. His COPD …": the words it stands for came earlier in the text.
function spelledOutBefore(tokens: Tokens, i: number, written: string): boolean {
  const letters = written.replace(/['’](s|d|ed)$/, '').replace(/(?<=[A-Z])s$/, '').replace(/[^A-Za-z]/g, '').toLowerCase();
  if (letters.length < 2) return false;
  for (let j = Math.max(0, i - 80); j < i; j++) {
    if (!tokens.isWord(j) || tokens.norm(j)![0] !== letters[0]) continue;
    let at = j;
    let matched = 0;
    while (matched < letters.length && at < i) {
      const norm = tokens.norm(at)!;
      if (!tokens.isWord(at)) {
        if (norm !== '-') break;
      } else if (norm[0] === letters[matched]) matched++;
      else if (!SMALL_WORDS.has(norm)) break;
      at++;
    }
    if (matched === letters.length) return true;
  }
  return false;
}
// "which" explains only as "which is", "which means", "which stands for": "…, which staff offer him" is another clause.
const WHICH_EXPLAINS = new Set(['is', 'are', 'was', 'means', 'meant', 'stands', 'refers']);
function explainerAt(tokens: Tokens, i: number): boolean {
  const word = tokens.norm(i) ?? '';
  if (!EXPLAINERS.has(word) || word === 'or') return false;
  return word !== 'which' || WHICH_EXPLAINS.has(tokens.norm(i + 1) ?? '');
}
function explainedHere(tokens: Tokens, first: number, last: number): boolean {
  const before = tokens.norm(first - 1);
  const after = tokens.norm(last + 1);
  if (before === '(' && after === ')') {
    let i = first - 2;
    while (i >= 0 && !tokens.isWord(i) && /^["'“”‘’]$/.test(tokens.norm(i)!)) i--;
    // "Physiotherapist (PT)": one long word can be the expansion.
    if (tokens.isWord(i) && (tokens.isWord(i - 1) || tokens.raw(i).length >= 6)) return true;
  }
  if (after === '(' && tokens.isWord(last + 2) && tokens.isWord(last + 3)) return true;
  if (after === ',' && explainerAt(tokens, last + 2)) return true;
  // "PRN means …", "BIA stands for …", "D2A is short for …".
  const defined = after === 'meaning' || after === 'stands' || (after === 'is' && tokens.norm(last + 2) === 'short') || (after === 'means' && !CLAUSE_STARTS.has(tokens.norm(last + 2) ?? ''));
  if (defined) return true;
  // "a DNACPR form, meaning …", "the MAR chart (medication administration record)": one word between.
  if (tokens.isWord(last + 1) && tokens.norm(last + 2) === ',' && explainerAt(tokens, last + 3)) return true;
  if (tokens.isWord(last + 1) && tokens.norm(last + 2) === '(' && tokens.isWord(last + 3) && tokens.isWord(last + 4)) return true;
  // "Continuing Healthcare, known as CHC", "what is called a DST", "The Care Quality Commission, the CQC, …".
  if (((before === 'as' && tokens.norm(first - 2) === 'known') || before === 'called') && (tokens.isWord(first - 3) || tokens.norm(first - 3) === ',')) return true;
  if (before === 'the' && tokens.norm(first - 2) === ',' && tokens.isWord(first - 3) && tokens.isWord(first - 4)) return true;
  if (before === 'the' && tokens.norm(first - 2) === 'as' && tokens.norm(first - 3) === 'known') return true;
  // "called a PEG", "MCA for short", "SALT, the speech and language therapy team, …".
  if ((before === 'a' || before === 'an' || before === 'the') && tokens.norm(first - 2) === 'called') return true;
  if (after === 'for' && tokens.norm(last + 2) === 'short') return true;
  if (after === ',' && tokens.norm(last + 2) === 'the' && tokens.isWord(last + 3) && tokens.isWord(last + 4) && tokens.isWord(last + 5)) return true;
  // "Adult social care - ASC in council papers -": the words, a dash, then the abbreviation.
  if ((before === '-' || before === '–' || before === '—') && tokens.isWord(first - 2) && tokens.isWord(first - 3)) return true;
  if (before === 'or' && tokens.norm(first - 2) === ',' && tokens.isWord(first - 3) && tokens.isWord(first - 4)) return true;
  if (after === '-' || after === '–' || after === '—') return tokens.isWord(last + 2) && tokens.isWord(last + 3);
  return false;
}

// "Section 42 of the Care Act (s42)": the words come first and the abbreviation follows in brackets.
function explainedSoon(tokens: Tokens, last: number, same: (j: number) => boolean): boolean {
  for (let j = last + 1; j < tokens.count && j <= last + 12; j++) {
    if (SENTENCE_ENDS.has(tokens.norm(j)!)) return false;
    if (tokens.norm(j) === '(' && tokens.norm(j + 2) === ')' && same(j + 1)) return true;
  }
  return false;
}

const contextWords = (phrase: string) => phrase.split(/\s+/).flatMap((w) => (w === PERSON || w === NUMBER || w === START ? [w] : phraseWords(w)));
const compileContext = (context: EntryContext | undefined): CompiledContext | undefined =>
  context && { next: (context.next ?? []).map(contextWords), previous: (context.previous ?? []).map(contextWords) };

// True when `words` are the tokens straight after (or before) the match, with nothing between.
function follows(tokens: Tokens, from: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    if (word === PERSON ? !isPerson(tokens, from + k) : word === NUMBER ? !isNumber(tokens, from + k) : tokens.norm(from + k) !== word) return false;
  }
  return words.length > 0;
}
function precedes(tokens: Tokens, before: number, words: readonly string[]): boolean {
  if (words.length === 1 && words[0] === START) return before === 0 || SENTENCE_ENDS.has(tokens.norm(before - 1) ?? '');
  const from = before - words.length;
  return from >= 0 && follows(tokens, from, words);
}
// A possessive's apostrophe after the match is part of its word: "the residents' association".
const afterMatch = (tokens: Tokens, m: PhraseMatch) =>
  tokens.norm(m.last + 1) === "'" && tokens.start[m.last + 1] === tokens.end[m.last] ? m.last + 2 : m.last + 1;
const touches = (tokens: Tokens, m: PhraseMatch, c: CompiledContext) =>
  c.next.some((w) => follows(tokens, afterMatch(tokens, m), w)) || c.previous.some((w) => precedes(tokens, m.first, w));

const list = (words: readonly string[]) => {
  const quoted = words.slice(0, 3).map((w) => `"${w}"`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : (quoted[0] ?? '');
};

function messageFor(entry: LanguageEntry, match: string, quoted: boolean): string {
  // The person's words are not repeated in a finding: the entry's own phrase names what was found.
  if (quoted) return `"${entry.phrases[0] ?? 'A word'}" is in the person's own words, so it stays as they said it; when you write about them yourself, say ${list(entry.suggestions)}.`;
  if (entry.kind === 'jargon' && entry.expansions?.length) {
    // The abbreviation as listed in the brackets, not the form written ("IMCA", not "IMCA's").
    const short = entry.caseSensitive && entry.phrases[0] ? entry.phrases[0] : match;
    return `Explain "${match}" the first time you use it, as "${entry.expansions[0]} (${short})", or write ${list(entry.suggestions)}. ${entry.note}`;
  }
  if (entry.kind === 'jargon') return `Replace "${match}" with everyday words, for example ${list(entry.suggestions)}. ${entry.note}`;
  if (entry.kind === 'plain-english') return `Replace "${match}" with a plainer word, for example ${list(entry.suggestions)}. ${entry.note}`;
  return `Replace "${match}", a label, with words the person would use, for example ${list(entry.suggestions)}. ${entry.note}`;
}

/** 1-based line and column for offsets, from the line starts found in one pass. */
function positions(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

const KINDS = new Set(['label', 'jargon', 'plain-english']);
const SEVERITIES = new Set(['error', 'warning', 'info']);
const nonEmptyStrings = (v: unknown) => Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string' && s.trim() !== '');

/** Checks an entry a caller gave; throws LanguageInputError naming what is wrong. */
function checkEntry(entry: LanguageEntry): void {
  const bad = (what: string) => {
    throw new LanguageInputError('bad-entry', `The language entry ${JSON.stringify(String(entry?.id ?? '')).slice(0, 60)} ${what}.`);
  };
  if (typeof entry?.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(entry.id)) bad('needs a kebab-case id');
  if (!KINDS.has(entry.kind)) bad('needs a kind: label, jargon or plain-english');
  if (!SEVERITIES.has(entry.severity)) bad('needs a severity: error, warning or info');
  if (!nonEmptyStrings(entry.phrases)) bad('needs at least one phrase');
  if (!nonEmptyStrings(entry.suggestions)) bad('needs at least one suggestion');
  if (typeof entry.note !== 'string' || typeof entry.source !== 'string') bad('needs a note and a source');
}

/** A linter with its phrase index built once, for linting many texts with the same options. */
export interface Linter {
  (text: string, path?: string): LintResult;
  /**
   * False when no entry can match the text, found by one quick scan, so that linting it would find nothing but
   * long sentences. Given reading counts, the same scan adds the text's to them (see `addReadingCounts`).
   */
  readonly mayFind: (text: string, counts?: ReadingCounts) => boolean;
}

interface CompiledEntry {
  readonly when: CompiledContext | undefined;
  readonly not: CompiledContext | undefined;
  readonly expansions: readonly (readonly string[])[];
}

/** Builds a linter for the given entries and switches; `lint` uses one built for the defaults. */
export function createLinter(options: Omit<LintOptions, 'path'> = {}): Linter {
  const disabled = new Set((options.disable ?? []).map((id) => id.replace(/^language\//, '')));
  for (const entry of options.entries ?? []) checkEntry(entry);
  const custom = new Set((options.entries ?? []).map((e) => e.id));
  // The built-in entries' table was made at build; a caller's entries get theirs now, and come first, so that
  // their phrases win over a built-in entry's.
  const own = (options.entries ?? []).filter((e) => !disabled.has(e.id));
  const leftOut = new Set(builtInEntries.filter((e) => disabled.has(e.id) || custom.has(e.id)));
  const sources: PhraseSource[] = own.length > 0 ? [{ table: phraseTable(own), entries: own }] : [];
  sources.push({ table: builtInTable, entries: builtInEntries, ...(leftOut.size > 0 && { leftOut }) });
  const index = new PhraseIndex(sources);
  // Compiled when an entry first matches: most entries never do in a run, and a linter is made at start-up.
  const contexts = new Map<string, CompiledEntry>();
  const contextOf = (e: LanguageEntry): CompiledEntry => {
    let context = contexts.get(e.id);
    if (!context) contexts.set(e.id, (context = { when: compileContext(e.labelWhen), not: compileContext(e.notWhen), expansions: (e.expansions ?? []).map((x) => phraseWords(x)) }));
    return context;
  };
  const personVoice = options.voice === 'person';
  const checkAbbreviations = !disabled.has('abbreviation');
  // An abbreviation whose own entry is switched off is allowed, not caught again by the general check.
  const allowed = new Set(builtInEntries.filter((e) => disabled.has(e.id) && e.kind === 'jargon').flatMap((e) => e.phrases.map((p) => p.replace(/(?<=[A-Z])s$/, '').toLowerCase())));
  const withReadability = options.readability !== false;
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;

  const checkText = (text: string) => {
    if (typeof text !== 'string') throw new LanguageInputError('not-text', 'The text to lint is not a string.');
    if (text.length > maxLength) throw new LanguageInputError('too-long', `The text is ${text.length} characters, over the limit of ${maxLength}: split it or raise maxLength.`);
  };
  const linter = (text: string, path = ''): LintResult => {
    checkText(text);
    // Without readability figures, a text with no phrase's anchor word needs no tokens at all.
    if (!withReadability && !anyWord(text, index.mayAnchor) && (!checkAbbreviations || !mayHaveAbbreviation(text))) return { findings: [], readability: null };
    const tokens = new Tokens(text);
    // Found only when there is something to judge: most texts have no finding at all.
    let quotes: Span[] | undefined;
    const found: { entry: LanguageEntry | undefined; ruleId: string; severity: Severity; message: string; source: string; start: number; end: number; suggestions: readonly string[] }[] = [];
    const jargonSeen = new Set<string>();
    const messages = new Map<string, { ruleId: string; message: string }>();

    for (let i = 0; i < tokens.count; i++) {
      if (!tokens.isWord(i)) continue;
      const match = index.matchAt(tokens, i);
      if (!match) {
        if (checkAbbreviations) i = abbreviation(tokens, i);
        continue;
      }
      const { entry } = match;
      const context = contextOf(entry);
      if (context.when && !touches(tokens, match, context.when)) continue;
      if (context.not && touches(tokens, match, context.not)) continue;
      if (entry.kind === 'label' && aboutSomethingElse(tokens, match)) continue;
      const start = tokens.start[match.first]!;
      const end = tokens.end[match.last]!;
      i = match.last;
      if (entry.kind === 'jargon') {
        // Judged at first use: explained there, it is fine everywhere; unexplained, it is reported once.
        if (jargonSeen.has(entry.id)) continue;
        jargonSeen.add(entry.id);
        const explained =
          explainedHere(tokens, match.first, match.last) ||
          explainedSoon(tokens, match.last, (j) => index.matchAt(tokens, j)?.entry === entry) ||
          context.expansions.some((x) => (tokens.norm(match.last + 1) === '(' && follows(tokens, match.last + 2, x)) || (tokens.norm(match.first - 1) === '(' && precedes(tokens, match.first - 1, x)));
        if (explained) continue;
      }
      const quoted = personVoice || inSpans((quotes ??= quotedSpans(text)), start);
      const written = text.slice(start, end);
      // The same words found again share one message and one rule id: 5 MB of labels held 500,000 copies of each.
      const key = `${quoted ? 'q' : 'p'}${entry.id}\u0000${written}`;
      let said = messages.get(key);
      if (said === undefined && messages.size < 4096) messages.set(key, (said = { ruleId: `language/${entry.id}`, message: messageFor(entry, written, quoted) }));
      said ??= { ruleId: `language/${entry.id}`, message: messageFor(entry, written, quoted) };
      found.push({
        entry,
        ruleId: said.ruleId,
        severity: quoted ? 'info' : entry.severity,
        message: said.message,
        source: entry.source,
        start,
        end,
        suggestions: entry.suggestions,
      });
    }

    // Any other abbreviation is jargon unless explained at its first use; each needs its own explanation.
    function abbreviation(tokens: Tokens, i: number): number {
      const last = abbreviationAt(tokens, i);
      if (last < 0) return i;
      const written = text.slice(tokens.start[i]!, tokens.end[last]!);
      const key = written.replace(/['’](s|d|ed)$/, '').replace(/(?<=[A-Z])s$/, '').toLowerCase();
      if (jargonSeen.has(`abbreviation:${key}`) || allowed.has(key)) return last;
      jargonSeen.add(`abbreviation:${key}`);
      if (explainedHere(tokens, i, last) || explainedSoon(tokens, last, (j) => tokens.norm(j) === tokens.norm(i)) || spelledOutBefore(tokens, i, written)) return last;
      const quoted = personVoice || inSpans((quotes ??= quotedSpans(text)), tokens.start[i]!);
      found.push({
        entry: undefined,
        ruleId: 'language/abbreviation',
        severity: quoted ? 'info' : 'warning',
        message: quoted
          ? `An abbreviation in the person's own words stays as they said it; when you write about them yourself, say it in full.`
          : `Explain "${written}" the first time you use it, as "the words in full (${written})", or write the words in full: a reader outside the service may not know it.`,
        source: ABBREVIATION_SOURCE,
        start: tokens.start[i]!,
        end: tokens.end[last]!,
        suggestions: quoted ? ['the words in full'] : ['the words in full', `the words in full (${written})`],
      });
      return last;
    }

    let figures: Readability | null = null;
    if (withReadability) {
      const split = sentences(text, tokens);
      figures = readability(tokens, split);
      if (!disabled.has('long-sentence')) {
        for (const sentence of split) {
          if (sentence.words <= LONG_SENTENCE_WORDS) continue;
          found.push({
            entry: undefined,
            ruleId: 'language/long-sentence',
            severity: 'info',
            message: `This sentence has ${sentence.words} words: split it into shorter ones, of about 15 to 20 words, so that it is easier to read.`,
            source: LONG_SENTENCE_SOURCE,
            start: sentence.start,
            end: sentence.end,
            suggestions: [],
          });
        }
        found.sort((a, b) => a.start - b.start);
      }
    }

    const at = found.length > 0 ? positions(text) : undefined;
    const findings = found.map(({ entry: _entry, ...f }): LanguageFinding => ({ ruleId: f.ruleId, severity: f.severity, path, message: f.message, source: f.source, start: f.start, end: f.end, ...at!(f.start), suggestions: f.suggestions }));
    return { findings, readability: figures };
  };
  const mayFind = (text: string, counts?: ReadingCounts) => {
    checkText(text);
    const words = counts ? readText(text, counts, index.mayAnchor) : anyWord(text, index.mayAnchor);
    return words || (checkAbbreviations && mayHaveAbbreviation(text));
  };
  return Object.assign(linter, { mayFind });
}

// Linters for the option sets callers use, built once each; callers' own entries are not cached, as they may change.
const linters = new Map<string, Linter>();
const MAX_CACHED_LINTERS = 32;

/**
 * Lints text for deficit labels, unexplained jargon and plainer words, and scores its readability. Words in
 * quotation marks, and all text in the person's voice, are the person's own: at most info findings.
 *
 * @throws {LanguageInputError} when the text is not a string or is over `maxLength`, or an entry given is unusable.
 */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const { path, ...rest } = options;
  if (rest.entries) return createLinter(rest)(text, path);
  const key = JSON.stringify([rest.voice ?? 'practitioner', rest.readability !== false, [...(rest.disable ?? [])].sort(), rest.maxLength ?? DEFAULT_MAX_LENGTH]);
  let linter = linters.get(key);
  if (!linter) {
    if (linters.size >= MAX_CACHED_LINTERS) linters.clear();
    linters.set(key, (linter = createLinter(rest)));
  }
  return linter(text, path);
}
