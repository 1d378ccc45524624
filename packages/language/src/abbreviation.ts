import type { Tokens } from './tokenize.js';

// Abbreviations a reader outside the council knows: not jargon, even unexplained. Kept as data, one list.
export const EVERYDAY_ABBREVIATIONS: readonly string[] = ['NHS', 'GP', 'UK', 'TV', 'OK', 'BBC', 'ITV', 'DVD', 'CD', 'PC', 'MP', 'ATM', 'PIN', 'ID', 'IT', 'US', 'USA', 'EU', 'AM', 'PM', 'BST', 'GMT', 'DIY', 'COVID', 'RAF', 'WW', 'WWII', 'YMCA', 'PE', 'GCSE', 'BA', 'MA', 'PhD', 'DJ', 'VIP', 'SOS', 'MBE', 'OBE', 'BT', 'FA', 'DWP', 'MRI', 'CT', 'ECG', 'NHSmail', 'UN', 'WI', 'RSPCA', 'RNLI', 'ITU', 'ICU', 'CCTV', 'PPE', 'SMS', 'URL', 'FAQ', 'HMRC', 'OAP', 'BBQ', 'MOT', 'AI', 'VAT', 'DVLA', 'BMI', 'RAC', 'NI', 'PS', 'DNA', 'USB', 'PDF', 'ASAP', 'RSVP', 'IKEA', 'ASDA'];
// Record shorthand in lower or title case ("Hx", "dtr", "obs"): a list, as these look like words.
export const SHORTHAND: readonly string[] = ['hx', 'dx', 'tx', 'rx', 'sx', 'pt', 'pts', 'dtr', 'obs', 'bd', 'tds', 'qds', 'prn', 'nocte', 'mane', 'nfa', 'mdt', 'nok', 'ax', 'fx', 'mx', 'pmh', 'sw', 'sws', 'cpn', 'dn', 'dns', 'poc', 'mobs', 'asc', 'hb', 'px', 'sats', 'bms'];

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

/** DNA is everyday, but not as "did not attend": "DNA'd", "he was a DNA for the clinic" (not "a DNA test"). */
function didNotAttend(tokens: Tokens, i: number): boolean {
  const raw = tokens.raw(i);
  if (/^DNA['’](d|ed)$/.test(raw)) return true;
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
  if ((norm === 's' || norm === 'ss') && next === '.' && /^\d+$/.test(tokens.norm(i + 2) ?? '') && tokens.start[i + 1] === tokens.end[i]) return i + 2;
  if (next === '/' && tokens.isWord(i + 2) && tokens.start[i + 1] === tokens.end[i] && tokens.start[i + 2] === tokens.end[i + 1]) {
    const after = tokens.norm(i + 2)!;
    if (/^[a-z]$/.test(norm) && /^[a-z](['’]d)?$/.test(after)) return i + 2;
    if (/^\d+$/.test(norm) && (after === '52' || after === '12' && Number(norm) <= 12 && tokens.norm(i + 3) !== '/') && !/^\d+$/.test(tokens.norm(i + 4) ?? '')) return after === '52' ? i + 2 : -1;
  }
  if (/^[1-4]$/.test(norm) && next === ':' && /^[1-4]$/.test(tokens.norm(i + 2) ?? '') && /^(a|is|are|was|as)$/.test(tokens.norm(i - 1) ?? '')) return i + 2;
  if (SHORT.has(norm.replace(/'(s|d|ed)$/, ''))) return i;
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
export const mayHaveAbbreviation = (text: string) => /[A-Z][A-Za-z]{0,5}[A-Z]|\b[A-Za-z]\/[A-Za-z]\b|\/52\b|\b[1-4]:[1-4]\b|\b[sS]\.?\d/.test(text) || ANY_SHORTHAND.test(text);
