import { plainLabel, type CodeListName } from '@goodday/schemas';
import { escapeFixed, escapeText, type Format } from './escape.js';
import type { Strings } from './strings.js';

/** Someone's words, ready for a template: the text and who said it. */
export interface WordsView {
  readonly text: string;
  readonly who: string;
}

/** What every kind's view builder gets: the format's escaping, the strings, and date and label helpers. */
export interface ViewContext {
  readonly format: Format;
  readonly strings: Strings;
  /** Record text, escaped for the format. */
  text(value: string | undefined): string;
  /** Fixed wording with `{slot}`s filled from record values (escaped); the wording itself escaped as fixed. */
  fill(template: string, slots?: Record<string, string | undefined>): string;
  /** "3 March 2026", in the UK. */
  date(iso: string | undefined): string;
  /** The person's plain label for a code ("Being treated with respect"), not the statutory wording. */
  label(list: CodeListName, code: string | undefined): string;
  /** Someone's words, attributed: "In your words", or "In the words of your daughter". */
  words(value: { text: string; describedBy: string; supportedBy?: { relationship: string; name?: string } } | undefined): WordsView | undefined;
}

let ukDate: Intl.DateTimeFormat | undefined;
// Intl formatting was a tenth of render()'s time and records repeat their dates; bounded, so a server's memory is too.
const formattedDates = new Map<string, string>();
const DATES_KEPT = 4096;

function formatDate(iso: string): string | undefined {
  let hit = formattedDates.get(iso);
  if (hit === undefined) {
    // A leap second (23:59:60) is a valid date-time that Date.parse refuses: read it as the last second of its minute.
    const time = Date.parse(iso.charCodeAt(17) === 54 && iso.charCodeAt(18) === 48 && iso.charCodeAt(16) === 58 ? `${iso.slice(0, 17)}59${iso.slice(19)}` : iso);
    if (Number.isNaN(time)) return undefined;
    ukDate ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
    if (formattedDates.size >= DATES_KEPT) formattedDates.clear();
    formattedDates.set(iso, (hit = ukDate.format(time)));
  }
  return hit;
}

export function createContext(format: Format, strings: Strings): ViewContext {
  const text = (value: string | undefined) => (value === undefined ? '' : escapeText(format, value));
  // Fixed wording without slots is the same every time: escape it once.
  const fixed = new Map<string, string>();
  // Wording with slots, escaped and split once: the even places hold wording, the odd ones the slots' names.
  const split = new Map<string, readonly string[]>();
  const fill = (template: string, slots?: Record<string, string | undefined>) => {
    if (!slots) {
      let hit = fixed.get(template);
      if (hit === undefined) fixed.set(template, (hit = escapeFixed(format, template).replace(/\{\w+\}/g, '')));
      return hit;
    }
    let pieces = split.get(template);
    if (pieces === undefined) split.set(template, (pieces = escapeFixed(format, template).split(/\{(\w+)\}/)));
    let out = pieces[0]!;
    for (let i = 1; i < pieces.length; i += 2) {
      const value = slots[pieces[i]!];
      out += (value === undefined ? '' : text(value)) + pieces[i + 1]!;
    }
    return out;
  };
  return {
    format,
    strings,
    text,
    fill,
    date: (iso) => (iso ? (formatDate(iso) ?? text(iso)) : ''),
    label: (list, code) => (code === undefined ? '' : text(plainLabel(list, code))),
    words: (value) => {
      if (!value) return undefined;
      const supporter = value.supportedBy;
      const who = supporter ? (supporter.name ? `${supporter.name} (${supporter.relationship})` : supporter.relationship) : '';
      const attribution =
        value.describedBy === 'representative' && who
          ? fill(strings.inTheirWords, { who })
          : value.describedBy === 'person-with-support' && who
            ? `${fill(strings.inYourWords)}, ${fill(strings.withSupportFrom, { who })}`
            : fill(strings.inYourWords);
      return { text: text(value.text), who: attribution };
    },
  };
}
