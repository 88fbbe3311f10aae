/**
 * The one rule for dates: what a date answer stored in a dossier may be, and how it is read into and out of the
 * three boxes (day, month, year) a person types it in. Pure: the build checks template examples with it, the dossier
 * checks answers and imports with it, and the schema's dates (IsoDate) use `isRealIsoDate`, so none can disagree.
 *
 * A stored date answer is one of:
 * - `YYYY-MM-DD`, a day that exists;
 * - on a field marked `partial` only, `YYYY-MM` or `YYYY`: old records often keep no more than that;
 * - a draft, `day/month/year` as typed (e.g. "12/13/1998", "12//1998"). Autosave stores every keystroke, and a
 *   date being typed is not a date yet: the draft keeps it across a reload, and the check says what is wrong.
 */
import { cleanText } from '../schema/text';

export const DATE_PARTS = ['day', 'month', 'year'] as const;
export type DatePart = (typeof DATE_PARTS)[number];
export type DateParts = Record<DatePart, string>;

/** Worded under `draft.error.` in the dossier strings, each naming the part to put right. */
export type DateErrorKey = 'date' | 'dateNoDay' | 'dateNoMonth' | 'dateNoYear' | 'dateDay' | 'dateMonth' | 'dateYear' | 'dateNoSuchDay';

/** A year written with fewer digits is a typo (98, 198), not a year of the first millennium. */
const YEAR = /^[1-9]\d{3}$/;
const ISO_DATE = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;
const STORED = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month of a year (month 1–12); Date.UTC counts leap years the Gregorian way. */
const daysIn = (month: number, year: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const inRange = (text: string, max: number) => /^\d{1,2}$/.test(text) && Number(text) >= 1 && Number(text) <= max;

/** YYYY-MM-DD naming a day that exists: 2026-02-31 does not. */
export function isRealIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  return !!m && inRange(m[2]!, 12) && inRange(m[3]!, daysIn(Number(m[2]), Number(m[1])));
}

/** The boxes' text for a stored answer; null for text no version of the app stores (a crafted import). */
export function partsOf(value: string): DateParts | null {
  const draft = value.split('/');
  if (draft.length === 3) return { day: draft[0]!, month: draft[1]!, year: draft[2]! };
  const m = STORED.exec(value);
  return m ? { day: m[3] ?? '', month: m[2] ?? '', year: m[1]! } : null;
}

/**
 * What is wrong with what the boxes hold, if anything; one thing at a time, the first part missing, else the first out
 * of range (day, month, year), else a day its month does not have.
 */
function partsProblem({ day, month, year }: DateParts, partial: boolean): DateErrorKey | null {
  if (!day && !partial) return 'dateNoDay';
  // A partial date may leave out the day, or the day and month, never the month alone.
  if (!month && (!partial || day)) return 'dateNoMonth';
  if (!year) return 'dateNoYear';
  if (day && !inRange(day, 31)) return 'dateDay';
  if (month && !inRange(month, 12)) return 'dateMonth';
  if (!YEAR.test(year)) return 'dateYear';
  if (day && Number(day) > daysIn(Number(month), Number(year))) return 'dateNoSuchDay';
  return null;
}

/**
 * What to store for the boxes' text: the date when it is one, else the draft. A slash is the draft's separator, so
 * one typed in a box is dropped (someone who types "21/" means the day 21).
 */
export function storedDate(parts: DateParts, partial: boolean): string {
  const [day, month, year] = DATE_PARTS.map((p) => cleanText(parts[p].replace(/\//g, ''))) as [string, string, string];
  if (!day && !month && !year) return '';
  if (partsProblem({ day, month, year }, partial)) return `${day}/${month}/${year}`;
  const pad = (text: string) => text.padStart(2, '0');
  return day ? `${year}-${pad(month)}-${pad(day)}` : month ? `${year}-${pad(month)}` : year;
}

/** Null for a stored date answer that is a date (see the top of this file); `value` is not empty. */
export function checkDate(value: string, partial: boolean): DateErrorKey | null {
  const parts = partsOf(value);
  if (!parts) return 'date';
  // A draft that reads as a date was not stored by the boxes (they store the date): it comes from elsewhere.
  return partsProblem(parts, partial) ?? (storedDate(parts, partial) === value ? null : 'date');
}

/** The boxes an error is about, to mark them; an error about the whole date marks all three. */
export function partsAt(error: string): readonly DatePart[] {
  if (error === 'dateNoDay' || error === 'dateDay' || error === 'dateNoSuchDay') return ['day'];
  if (error === 'dateNoMonth' || error === 'dateMonth') return ['month'];
  if (error === 'dateNoYear' || error === 'dateYear') return ['year'];
  return DATE_PARTS;
}

/** Whether a date answer (full or partial) is after `today` (YYYY-MM-DD): a year or a month is so only when all of it is. */
export const isAfter = (date: string, today: string) => date > today.slice(0, date.length);
