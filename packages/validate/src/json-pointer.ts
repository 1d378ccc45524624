/** Builds a JSON Pointer (RFC 6901) from path segments. */
export function pointer(...segments: ReadonlyArray<string | number>): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Splits a JSON Pointer into its segments. */
export function segments(ptr: string): string[] {
  // Most segments have no escape: they are kept as split, without two regular-expression passes each.
  return ptr === '' ? [] : ptr.slice(1).split('/').map((s) => (s.includes('~') ? s.replace(/~1/g, '/').replace(/~0/g, '~') : s));
}

/** A JSON Pointer as people read it: `/needs/2/inPersonsWords` → `needs[2].inPersonsWords`. */
export function readablePath(ptr: string): string {
  if (ptr === '') return 'the record';
  return segments(ptr)
    .map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`))
    .join('');
}
