// Built on first use and kept: a NumberFormat is costly to create, and most records never need one.
let pounds: Intl.NumberFormat | undefined;

/** An amount as people read it in Good Day messages: `£1,263.50`. */
export function formatPounds(amount: number): string {
  pounds ??= new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
  return pounds.format(amount);
}

/** True when two amounts in pounds differ by less than half a penny. */
export function samePounds(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.005;
}
