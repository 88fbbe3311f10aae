/**
 * The one rule for text that becomes an answer, whoever wrote it: typed in a dossier field, read off a chip ID card,
 * or imported. Unicode NFC (a name typed with combining marks and one read off a card compare equal), no control
 * characters, no invisible marks that reorder or hide text (bidirectional overrides, zero-width characters), and
 * whitespace folded. Every Vietnamese letter is kept. Pure.
 */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** C0 and C1 controls other than tab, line feed and carriage return, which are whitespace below. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function cleanText(raw: string, multiline = false): string {
  // Removed before composing: a mark between a letter and its accent would otherwise keep them apart.
  const text = raw.replace(INVISIBLE, '').replace(CONTROL, '').normalize('NFC');
  if (!multiline) return text.replace(/\s+/g, ' ').trim();
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
