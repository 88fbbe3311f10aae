/** Numbers and dates as each language writes them. Pure. */
import type { Language } from '../i18n';

const addedLocales = new Map<Language, string>();

/**
 * The locale Intl formats a language with: an added language's own where the device knows it, else Vietnamese, as
 * the rest of a sheet then is.
 */
export function locale(lang: Language): string {
  if (lang === 'vi' || lang === 'en') return lang === 'vi' ? 'vi-VN' : 'en-GB';
  // Asked once per language: a sheet formats every date and fee it shows, each asking twice.
  let known = addedLocales.get(lang);
  if (known === undefined) {
    known = Intl.DateTimeFormat.supportedLocalesOf(lang).length ? lang : 'vi-VN';
    addedLocales.set(lang, known);
  }
  return known;
}

/**
 * Whole đồng (the schema allows no other) with thousands grouped. Written out rather than with toLocaleString: the first locale-aware call loads
 * the locale's data on the main thread of every sheet, a long task on a cheap phone.
 */
export function formatVnd(amount: number, lang: Language): string {
  if (lang !== 'en' && locale(lang) !== 'vi-VN') return amount.toLocaleString(locale(lang), { style: 'currency', currency: 'VND' });
  const vi = lang !== 'en';
  const digits = String(amount).replace(/\B(?=(\d{3})+$)/g, vi ? '.' : ',');
  return vi ? `${digits} đ` : `${digits} VND`;
}

/**
 * A full date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY), read as a calendar date with no time zone shift.
 * Other text (a date still being typed, as day/month/year) is returned as it is, never read as a date.
 */
export function formatDate(iso: string, lang: Language): string {
  if (!/^\d{4}(?:-\d{2}){0,2}$/.test(iso)) return iso;
  const [y, m, d] = iso.split('-') as [string, string?, string?];
  if (!m) return y;
  if (locale(lang) === 'vi-VN') return d ? `${d}/${m}/${y}` : `${m}/${y}`;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d ?? 1)));
  return date.toLocaleDateString(locale(lang), { ...(d ? { day: 'numeric' } : {}), month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** Bytes as megabytes with one decimal, in the language's number style. */
export function formatMegabytes(bytes: number, lang: Language): string {
  return (bytes / (1024 * 1024)).toLocaleString(locale(lang), { maximumFractionDigits: 1 });
}
