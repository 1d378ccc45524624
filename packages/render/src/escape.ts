/** The output formats. */
export type Format = 'html' | 'markdown' | 'text';

// Control characters other than tab and newline have no place in a record people read.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;', '=': '&#61;' };

/** A record's text on one line: line breaks would let it start headings or lists of its own in Markdown and text. */
const oneLine = (text: string) => text.replace(CONTROL, '').replace(/\s*[\r\n]+\s*/g, ' ').trim();

/**
 * Escapes record text for a format. HTML: every character that could open markup or an attribute.
 * Markdown: characters that open emphasis, code, links, images, tables or raw HTML, and a leading mark that
 * would start a heading, list or quote; so record text can never become a link or an image. Text: nothing to
 * escape, only control characters removed.
 */
export function escapeText(format: Format, text: string): string {
  const line = oneLine(text);
  if (format === 'html') return line.replace(/[&<>"'`=]/g, (c) => HTML[c]!);
  if (format === 'text') return line;
  return line
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]()!|~{}#:]/g, '\\$&')
    .replace(/^([-+])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Fixed wording from the strings table: trusted, but still HTML-escaped in HTML, since vendors may change it. */
export function escapeFixed(format: Format, text: string): string {
  return format === 'html' ? text.replace(/[&<>"'`=]/g, (c) => HTML[c]!) : text;
}
