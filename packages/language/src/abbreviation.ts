import type { Tokens } from './tokenize.js';

// Abbreviations a reader outside the council knows: not jargon, even unexplained. Kept as data, one list.
export const EVERYDAY_ABBREVIATIONS: readonly string[] = ['NHS', 'GP', 'UK', 'TV', 'OK', 'BBC', 'ITV', 'DVD', 'CD', 'PC', 'MP', 'ATM', 'PIN', 'ID', 'IT', 'US', 'USA', 'EU', 'AM', 'PM', 'BST', 'GMT', 'DIY', 'COVID', 'RAF', 'WW', 'WWII', 'YMCA', 'PE', 'GCSE', 'BA', 'MA', 'PhD', 'DJ', 'VIP', 'SOS', 'MBE', 'OBE', 'BT', 'FA', 'DWP', 'MRI', 'CT', 'ECG', 'NHSmail', 'UN', 'WI', 'RSPCA', 'RNLI', 'ITU', 'ICU', 'CCTV', 'PPE', 'SMS', 'URL', 'FAQ', 'HMRC', 'OAP', 'BBQ', 'MOT', 'AI', 'VAT', 'DVLA', 'BMI', 'RAC', 'NI', 'PS', 'DNA', 'USB', 'PDF', 'ASAP', 'RSVP', 'IKEA', 'ASDA'];
// Record shorthand in lower or title case ("Hx", "dtr", "obs"): a list, as these look like words.
export const SHORTHAND: readonly string[] = ['hx', 'dx', 'tx', 'rx', 'sx', 'pt', 'pts', 'dtr', 'obs', 'bd', 'tds', 'qds', 'prn', 'nocte', 'mane', 'nfa', 'mdt', 'nok', 'dols', 'isf', 'chc', 'imca', 'imcas', 'lpa', 'mca', 'dnacpr', 'dnar', 'dnr', 'amhp', 'adl', 'adls', 'cmht', 'bia', 'lps', 'camhs', 'iapt', 'ehcp', 'ltc', 'uti', 'utis', 'nbm', 'tia', 'cva', 'nof', 'dvt', 'ax', 'fx', 'mx', 'pmh', 'sw', 'sws', 'cpn', 'dn', 'dns', 'poc', 'mobs', 'asc', 'hb', 'px', 'sats', 'bms'];

const EVERYDAY = new Set(EVERYDAY_ABBREVIATIONS);
const SHORT = new Set(SHORTHAND);
const ROMAN = /^[IVXLC]+$/;
function capitalised(raw: string): boolean {
  const word = raw.replace(/['’](s|d|ed)$/, '');
  const bare = /[A-Z]s$/.test(word) ? word.slice(0, -1) : word;
  if (bare.length < 2 || bare.length > 7 || !/^[A-Z]/.test(bare) || EVERYDAY.has(bare) || ROMAN.test(bare)) return false;
  let capitals = 0;
  let lower = 0;
  for (const c of bare) {
    if (c >= 'A' && c <= 'Z') capitals++;
    else if (c >= 'a' && c <= 'z') lower++;
  }
  return capitals >= 2 && lower < capitals;
}

// Letters with full stops that anyone reads: "e.g.", "i.e.", "a.m.", "p.m.", "etc.", and the everyday list with stops ("U.K.").
const EVERYDAY_DOTTED = new Set(['EG', 'IE', 'AM', 'PM', 'NB', 'PS', 'AKA', 'RIP', 'PTO', 'RSVP']);

/** "p.r.n.", "b.d.", "q.i.d.", "M.D.T.": single letters joined by full stops; not initials before a name ("A.B. Khan"). */
function dottedLetters(tokens: Tokens, i: number): number {
  if (!/^[A-Za-z]$/.test(tokens.raw(i))) return -1;
  let letters = tokens.raw(i);
  let last = i;
  // At most eight letters, so that a long run of them costs the same at every start: linear time on hostile text.
  while (letters.length < 8 && tokens.norm(last + 1) === '.' && tokens.start[last + 1] === tokens.end[last] && /^[A-Za-z]$/.test(tokens.raw(last + 2)) && tokens.start[last + 2] === tokens.end[last + 1]) {
    last += 2;
    letters += tokens.raw(last);
  }
  if (last === i) return -1;
  const upper = letters.toUpperCase();
  if (EVERYDAY_DOTTED.has(upper) || EVERYDAY.has(upper)) return -1;
  // Initials: capitals after a title or before a capitalised word.
  const afterStop = tokens.norm(last + 1) === '.' ? last + 2 : last + 1;
  if (letters === upper && (/^(mr|mrs|ms|miss|mx|dr)$/.test(tokens.norm(i - 1) ?? '') || (tokens.isWord(afterStop) && /^\p{Lu}\p{Ll}/u.test(tokens.raw(afterStop))))) return -1;
  return last;
}

/** DNA is everyday, but not as "did not attend": "DNA'd", "he was a DNA for the clinic" (not "a DNA test"). */
function didNotAttend(tokens: Tokens, i: number): boolean {
  const raw = tokens.raw(i);
  if (/^DNA['’]?(d|ed)$/i.test(raw)) return true;
  const next = tokens.norm(i + 1);
  return raw === 'DNA' && /^(a|was|were|another)$/.test(tokens.norm(i - 1) ?? '') && (!tokens.isWord(i + 1) || /^(for|at|on|again|with|today|yesterday|in|this|last)$/.test(next ?? ''));
}

/**
 * The last token of an unexplained-looking abbreviation starting at word `i` (`s117`, `s.117`, `Hx`, `c/o`,
 * `w/c`, `6/52`, `a 2:1`, `DNA'd`, `PAs`), or -1. Text in capitals throughout (a heading) is not looked at.
 */
export function abbreviationAt(tokens: Tokens, i: number): number {
  const raw = tokens.raw(i);
  const norm = tokens.norm(i)!;
  const next = tokens.norm(i + 1);
  if (/^s\d+[a-z]?$/i.test(raw)) return i;
  if (didNotAttend(tokens, i)) return i;
  // "2x staff", "2x carers": a number of staff written as a multiplication.
  if (/^[1-4]x$/i.test(raw) && /^(staff|carers|carer|care|workers|people|person)$/.test(next ?? '')) return i;
  if ((norm === 's' || norm === 'ss') && next === '.' && /^\d+$/.test(tokens.norm(i + 2) ?? '') && tokens.start[i + 1] === tokens.end[i]) return i + 2;
  if (next === '/' && tokens.isWord(i + 2) && tokens.start[i + 1] === tokens.end[i] && tokens.start[i + 2] === tokens.end[i + 1]) {
    const after = tokens.norm(i + 2)!;
    if (/^[a-z]$/.test(norm) && /^[a-z](['’]d)?$/.test(after) && !(norm === 'n' && after === 'a')) return i + 2;
    // "w/chair", "w/frame", "h/o": one letter for a word; not "s/he", "I/we" or "n/a".
    if (/^[a-z]$/.test(norm) && /^[a-z]{2,}$/.test(after) && !(norm === 's' && after === 'he') && norm !== 'n' && norm !== 'i') return i + 2;
    if (/^\d+$/.test(norm) && (after === '52' || after === '12' && Number(norm) <= 12 && tokens.norm(i + 3) !== '/') && !/^\d+$/.test(tokens.norm(i + 4) ?? '')) return after === '52' ? i + 2 : -1;
  }
  // "a 2:1", "needs 2-1 for transfers" (two carers to one person), not a score ("won 2-1") or a ratio in a sentence.
  if (/^[1-4]$/.test(norm) && /^(a|is|are|was|as|needs|need|needing|requires|require|required|on)$/.test(tokens.norm(i - 1) ?? '')) {
    if (next === ':' && /^[1-4]$/.test(tokens.norm(i + 2) ?? '') && tokens.start[i + 1] === tokens.end[i]) return i + 2;
    // A hyphen inside a word is no token of its own: "2-1" is the words 2 and 1, one character apart.
    // (Only after "a" or "needs": "the score was 3-1" is a score.)
    const needs = /^(a|needs|need|needing|requires|require|required)$/.test(tokens.norm(i - 1) ?? '');
    if (needs && /^[1-4]$/.test(next ?? '') && tokens.start[i + 1] === tokens.end[i]! + 1 && /[-‐‑]/.test(tokens.text[tokens.end[i]!]!)) return i + 1;
  }
  // "?infection", "?UTI": a question mark for "possible" is clinical shorthand.
  if (tokens.norm(i - 1) === '?' && tokens.end[i - 1] === tokens.start[i] && (i < 2 || tokens.end[i - 2]! < tokens.start[i - 1]!)) return i;
  if (SHORT.has(norm.replace(/'(s|d|ed)$/, ''))) return i;
  // "pADLs", "iADLs", "eGFR": a small letter before capitals; "HbA1c", "NEWS2": capitals with figures in them.
  if (/^[a-z][A-Z]{2,}s?$/.test(raw) || (/\d/.test(raw) && /[A-Z].*[A-Z]/.test(raw) && /^[A-Za-z][A-Za-z\d]{2,7}$/.test(raw))) return i;
  const dotted = dottedLetters(tokens, i);
  if (dotted >= 0) return dotted;
  if (capitalised(raw)) {
    // A heading or shouted line in capitals: its words are not abbreviations.
    // An everyday abbreviation beside it ("GP OOH") is no sign of a heading.
    const allCaps = (k: number) => tokens.isWord(k) && tokens.raw(k).length > 1 && !EVERYDAY.has(tokens.raw(k)) && tokens.raw(k) === tokens.raw(k).toUpperCase() && /[A-Z]/.test(tokens.raw(k));
    const word = (k: number, step: number) => (tokens.isWord(k) ? k : tokens.isWord(k + step) ? k + step : k);
    if (allCaps(word(i - 1, -1)) || allCaps(word(i + 1, 1))) return -1;
    return i;
  }
  return -1;
}

// The shorthand list as one pattern, made once from the list above so that the two cannot drift apart.
const ANY_SHORTHAND = new RegExp(`\\b(?:${SHORTHAND.join('|')})\\b`, 'i');

/** A quick look for anything that may be an abbreviation, so that a text without one needs no tokens. */
export const mayHaveAbbreviation = (text: string) => /[A-Z][A-Za-z\d]{0,5}[A-Z]|\b[a-z][A-Z]{2}|\b[A-Za-z]\.[A-Za-z]\.|\b[A-Za-z]\/[A-Za-z]|(?:^|\s)\?[A-Za-z]|\b[1-4]x (?:staff|carers?|care|workers|people|person)\b|\b[1-4]-[1-4]\b|\/52\b|\b[1-4]:[1-4]\b|\b[sS]\.?\d/.test(text) || ANY_SHORTHAND.test(text) || /\bdna['’]?e?d\b/i.test(text);
