// A path with a line break or other control character would break a one-line message in two: show it quoted.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** A path as a message shows it: as it is, or as a JSON string when it holds a control character. */
export const shownPath = (path: string): string => (CONTROL.test(path) ? JSON.stringify(path) : path);
