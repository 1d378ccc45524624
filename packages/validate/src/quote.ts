// JSON.stringify leaves these as they are: DEL and the C1 controls (U+009B starts a terminal escape) and the line
// separators, each of which starts a new line in a terminal or a log.
const LINE_BREAKS = /[\u007f-\u009f\u2028\u2029]/g;

/** Input quoted for a one-line message: shortened to `max` characters, as JSON, with every line break escaped. */
export function quoteShort(value: unknown, max: number): string {
  const text = String(value);
  const shown = text.length > max ? `${text.slice(0, max - 3)}...` : text;
  return JSON.stringify(shown).replace(LINE_BREAKS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
