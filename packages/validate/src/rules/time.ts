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

/** A date-time as people read it in Good Day messages: "3 March 2026". */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
}
