import type { IndexEntry } from '../data/types';
import { language, pick } from '../i18n';
import { FIELDS } from '../schema/fields';

/** The order people see procedures in, everywhere: by field, then by name in the reader's language. */
export function inReadingOrder(entries: readonly IndexEntry[]): IndexEntry[] {
  const lang = language();
  return [...entries].sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field) || pick(a.name).text.localeCompare(pick(b.name).text, lang));
}
