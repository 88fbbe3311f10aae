/**
 * The days a rule holds, read on the device's own clock. Pure: the sheets, the dossier's papers step, the catalogue
 * and the build share it, so a phone offline for months judges a rule the same way the build does.
 *
 * Dates are Vietnam's calendar days (UTC+7, no daylight saving). `from` and `until` are both inclusive: a rule
 * "until 28/02/2027" still holds all of that day and has run out from local midnight, whatever time zone the device
 * is set to: the law is Vietnam's, and a tablet left on another zone must not end a rule seven hours early or late.
 */

export interface Validity {
  from?: string;
  until?: string;
}

export type ValidityState = 'notYet' | 'inForce' | 'expired';

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar day in Vietnam at `now`, YYYY-MM-DD. */
export function vietnamDate(now: Date): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** ISO dates compare as strings. */
export function validityOn(valid: Validity | undefined, today: string): ValidityState {
  if (!valid) return 'inForce';
  if (valid.from && today < valid.from) return 'notYet';
  if (valid.until && today > valid.until) return 'expired';
  return 'inForce';
}

/** The day after `until`: the first day the rule no longer holds ("hết hiệu lực từ …"). */
export function firstDayAfter(until: string): string {
  const [y, m, d] = until.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Whole days from `today` to `day` (negative when `day` is past). */
export function daysBetween(today: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** A dated fact found in a data file, with where it sits, for the build's list of rules about to end. */
export interface DatedFact {
  path: string;
  valid: Validity;
}

/**
 * Every `valid` object in a data value, with its path (e.g. "fees[0].valid"): the facts are spread over many
 * fields, and the walk keeps the build's list and the catalogue's mark from naming the fields a second time.
 */
export function datedFacts(value: unknown, path = ''): DatedFact[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => datedFacts(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const here = path ? `${path}.${key}` : key;
    if (key === 'valid' && inner && typeof inner === 'object' && !Array.isArray(inner)) return [{ path: here, valid: inner as Validity }];
    return datedFacts(inner, here);
  });
}

/** The facts that have run out by `today`, or will within `days` days, soonest first. */
export function endingWithin(facts: readonly DatedFact[], today: string, days: number): (DatedFact & { until: string; inDays: number })[] {
  return facts
    .flatMap((f) => (f.valid.until ? [{ ...f, until: f.valid.until, inDays: daysBetween(today, f.valid.until) }] : []))
    .filter((f) => f.inDays <= days)
    .sort((a, b) => a.until.localeCompare(b.until));
}

/**
 * The days around which a sheet's reading changes: each rule's first day and its last. The catalogue carries these
 * for every procedure (a few bytes), so the list can mark a sheet whose rule has run out without loading the sheet.
 */
export function boundaries(facts: readonly DatedFact[]): { starts: string[]; ends: string[] } {
  const unique = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))].sort();
  return { starts: unique(facts.map((f) => f.valid.from)), ends: unique(facts.map((f) => f.valid.until)) };
}

/** Whether any rule ending on one of these last days has run out by `today`. */
export const anyRunOut = (ends: readonly string[], today: string): boolean => ends.some((until) => until < today);

/**
 * How many of these boundaries `today` has passed, as a short string. A page prerendered at build time records it;
 * the app, taking the page over on a later day, renders again only where the string differs.
 */
export function validityStamp({ starts, ends }: { starts: readonly string[]; ends: readonly string[] }, today: string): string {
  return `${starts.filter((d) => d <= today).length}.${ends.filter((d) => d < today).length}`;
}
