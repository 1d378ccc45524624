// Control characters (ESC, CSI U+009B, DEL …) and line separators (U+0085, U+2028, U+2029) from input would move a
// terminal's cursor, change its colours or start a new line in a log: every one but the newline that ends a line.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Text for standard error with every control and separator character but newline and tab written as `\uXXXX`. */
export const escapeControls = (text: string): string => text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
