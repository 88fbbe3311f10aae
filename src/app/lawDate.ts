import catalogue from 'virtual:catalogue';
import { validityStamp, vietnamDate } from '../schema/validity';
import type { Route } from './routes';

/** Today in Vietnam on the device's clock: a phone offline for months judges each rule by its own date. */
export const lawToday = () => vietnamDate(new Date());

const byCode = new Map(catalogue.procedures.map((p) => [p.code, p]));
const allEnds = [...new Set(catalogue.procedures.flatMap((p) => p.ends))];

/**
 * Which of a page's dated rules have started or run out on `today`: a sheet's own rules, and for the catalogue the
 * ends its cards mark. The build writes it into each prerendered page; the app takes a page over only when its own
 * day gives the same stamp, and renders it afresh otherwise, since the prerendered text says what held on the
 * build's day.
 */
export function pageStamp(route: Route, today: string): string {
  if (route.name === 'home') return validityStamp({ starts: [], ends: allEnds }, today);
  const entry = route.name === 'procedure' ? byCode.get(route.code) : undefined;
  return entry ? validityStamp(entry, today) : '';
}
