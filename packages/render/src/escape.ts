/** The output formats. */
export type Format = 'html' | 'markdown' | 'text';

// Control characters other than tab and newline have no place in a record people read.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;', '=': '&#61;' };

// One pass per string: control characters go, each line break becomes a space, and
// each format's special characters are replaced. A line break would let record text start a heading or list.
const HTML_PASS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]|\r\n?|\n|[&<>"'`=]/g;
const MARKDOWN_PASS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]|\r\n?|\n|[&<>\\`*_[\]()!|~{}#:]/g;
const TEXT_PASS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]|\r\n?|\n/g;
const MARKDOWN: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

function replacer(table: Record<string, string> | undefined) {
  return (match: string) => {
    const first = match.charCodeAt(0);
    if (first === 0x0a || first === 0x0d) return ' ';
    if (first < 0x20 || (first >= 0x7f && first <= 0x9f) || first === 0x2028 || first === 0x2029) return '';
    return table ? (table[match] ?? `\\${match}`) : '';
  };
}
const htmlReplace = replacer(HTML);
const markdownReplace = replacer(MARKDOWN);
const textReplace = replacer(undefined);

/**
 * Escapes record text for a format, in one pass. HTML: every character that could open markup or an attribute.
 * Markdown: characters that open emphasis, code, links, images, tables or raw HTML, and a leading mark that would
 * start a heading, list or quote; so record text can never become a link or an image. Text: nothing to escape,
 * only control characters removed. In every format the text is put on one line.
 */
export function escapeText(format: Format, text: string): string {
  if (format === 'html') return text.replace(HTML_PASS, htmlReplace).trim();
  if (format === 'text') return text.replace(TEXT_PASS, textReplace).trim();
  return text
    .replace(MARKDOWN_PASS, markdownReplace)
    .trim()
    .replace(/^([-+])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Fixed wording from the strings table: trusted, but still HTML-escaped in HTML, since vendors may change it. */
export function escapeFixed(format: Format, text: string): string {
  return format === 'html' ? text.replace(/[&<>"'`=]/g, (c) => HTML[c]!) : text;
}
