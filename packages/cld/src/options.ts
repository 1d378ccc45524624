/** The person-level CLD fields no Good Day record holds: a council joins them from its own system, through `person`. */
export const PERSON_FIELDS = [
  'Der_NHS_Number_Traced_Pseudo',
  'Der_Birth_Month',
  'Der_Birth_Year',
  'Date_of_Death',
  'Gender',
  'Ethnicity',
  'Primary_Support_Reason',
  'Accommodation_Status',
  'Employment_Status',
  'Has_Unpaid_Carer',
] as const;

export type CldPersonField = (typeof PERSON_FIELDS)[number];

/** The person's identifier for a record: a function of the record, or a map from the record's person reference. */
export type PersonIdSource = ((record: unknown) => string | undefined) | ReadonlyMap<string, string> | Readonly<Record<string, string>>;

export interface CldOptions {
  /** The council's ONS code, for example E09000012 (Hackney). */
  readonly laCode: string;
  /** The council's name, for LA_Name; "Data Not Held" when not given. */
  readonly laName?: string;
  /** The reporting period, first and last day inclusive, as ISO dates: `{ from: '2026-04-01', to: '2026-06-30' }`. */
  readonly period: { readonly from: string; readonly to: string };
  /**
   * The LA person identifier for each record, the caller's own (never derived from names): a function of the
   * record, or a map keyed by the record's person reference (`person.personRef`, or `carer.personRef`).
   */
  readonly personId: PersonIdSource;
  /** Person-level fields from the council's own system (gender, ethnicity, primary support reason…), passed through as given. */
  readonly person?: (record: unknown) => Partial<Record<CldPersonField, string>> | undefined;
}

/** Bad options to {@link toCldEvents}: the message is one line that says what to give instead. */
export class CldOptionsError extends Error {
  override readonly name = 'CldOptionsError';
}

// Councils with social services responsibilities: unitary (E06), metropolitan (E08), London boroughs (E09), counties (E10); E07 as the brief allows districts.
const ONS_CODE = /^E(06|07|08|09|10)\d{6}$/;

/** Whether a string is an ISO calendar date (YYYY-MM-DD) that exists. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const shown = (value: unknown) => JSON.stringify(String(value).slice(0, 40));

/** Throws a {@link CldOptionsError} naming the first option that is unusable. */
export function checkCldOptions(options: CldOptions): void {
  if (typeof options?.laCode !== 'string' || !ONS_CODE.test(options.laCode)) throw new CldOptionsError(`the council code must be an ONS code such as E09000012 (E06, E07, E08, E09 or E10 and six digits), not ${shown(options?.laCode)}.`);
  const { from, to } = options.period ?? {};
  if (!isIsoDate(from)) throw new CldOptionsError(`the period must start on an ISO date such as 2026-04-01, not ${shown(from)}.`);
  if (!isIsoDate(to)) throw new CldOptionsError(`the period must end on an ISO date such as 2026-06-30, not ${shown(to)}.`);
  if (from > to) throw new CldOptionsError(`the period starts (${from}) after it ends (${to}): give the first day, then the last.`);
  const id = options.personId;
  if (typeof id !== 'function' && (typeof id !== 'object' || id === null)) throw new CldOptionsError('give personId: a function from a record to its LA person identifier, or a map from person reference to identifier.');
}
