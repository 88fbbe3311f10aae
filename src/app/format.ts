/** Numbers and dates as each language writes them. Pure. */
import type { Language } from '../i18n';

export function formatVnd(amount: number, lang: Language): string {
  return lang === 'vi' ? `${amount.toLocaleString('vi-VN')} đ` : `${amount.toLocaleString('en-GB')} VND`;
}

/** A full date (YYYY-MM-DD) or a month (YYYY-MM), read as a calendar date with no time zone shift. */
export function formatDate(iso: string, lang: Language): string {
  const [y, m, d] = iso.split('-');
  if (!y || !m) return iso;
  if (lang === 'vi') return d ? `${d}/${m}/${y}` : `${m}/${y}`;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d ?? 1)));
  return date.toLocaleDateString('en-GB', { ...(d ? { day: 'numeric' } : {}), month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** Bytes as megabytes with one decimal, in the language's number style. */
export function formatMegabytes(bytes: number, lang: Language): string {
  return (bytes / (1024 * 1024)).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
}
