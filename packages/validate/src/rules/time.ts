/** True when both times are recorded and `a` is at or before `b`. */
export function atOrBefore(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return Date.parse(a) <= Date.parse(b);
}

/** True when both times are recorded and `a` is strictly after `b`. */
export function isAfter(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return Date.parse(a) > Date.parse(b);
}

// Built on first use and kept: a DateTimeFormat is costly to create, and many processes never need one.
let ukDate: Intl.DateTimeFormat | undefined;

/** A date-time as people read it in Good Day messages: "3 March 2026" (the date in the UK). */
export function formatDate(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  ukDate ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
  return ukDate.format(time);
}
