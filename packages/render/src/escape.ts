/** The output formats. */
export type Format = 'html' | 'markdown' | 'text';

// Control characters other than tab and newline have no place in a record people read.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;', '=': '&#61;' };

// One pass per string: control characters go, each line break (CRLF, CR or LF) becomes a space, and each format's
// special characters are replaced. A line break would let record text start a heading or list.
// A table per format, by character code below 0x100: what the character becomes, or undefined to keep it.
const MARKDOWN: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// '@' and the ':' of a scheme would start an autolink under GFM (evil@example.com, https://…); 'www.' is escaped below.
const MARKDOWN_SPECIAL = '\\`*_[]()!|~{}#:@';
function table(format: Format): readonly (string | undefined)[] {
  const out: (string | undefined)[] = [];
  for (let code = 0; code < 0x100; code++) {
    const ch = String.fromCharCode(code);
    if (code === 0x0a || code === 0x0d) out.push(' ');
    else if (CONTROL.test(ch)) out.push('');
    else if (format === 'html') out.push(HTML[ch]);
    else if (format === 'markdown') out.push(MARKDOWN[ch] ?? (MARKDOWN_SPECIAL.includes(ch) ? `\\${ch}` : undefined));
    else out.push(undefined);
  }
  return out;
}
const TABLES: Record<Format, readonly (string | undefined)[]> = { html: table('html'), markdown: table('markdown'), text: table('text') };

// A hand-written scan: a regular expression with a replacer function called per match was a fifth of render()'s time.
function replaceAll(text: string, replacements: readonly (string | undefined)[]): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const replacement = code < 0x100 ? replacements[code] : code === 0x2028 || code === 0x2029 ? '' : undefined;
    if (replacement === undefined) continue;
    out += text.slice(from, i) + replacement;
    // CRLF is one line break: one space.
    if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Escapes record text for a format, in one pass. HTML: every character that could open markup or an attribute.
 * Markdown: characters that open emphasis, code, links, images, tables or raw HTML, and a leading mark that would
 * start a heading, list or quote; so record text can never become a link or an image. Text: nothing to escape,
 * only control characters removed. In every format the text is put on one line.
 */
export function escapeText(format: Format, text: string): string {
  const escaped = replaceAll(text, TABLES[format]).trim();
  if (format !== 'markdown') return escaped;
  const unlinked = escaped.includes('.') ? escaped.replace(/(www)\./gi, '$1\\.') : escaped;
  return unlinked.replace(/^([-+])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Fixed wording from the strings table: trusted, but still HTML-escaped in HTML, since vendors may change it. */
export function escapeFixed(format: Format, text: string): string {
  return format === 'html' ? text.replace(/[&<>"'`=]/g, (c) => HTML[c]!) : text;
}
