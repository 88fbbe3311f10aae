/**
 * The QR code printed on a chip ID card (CCCD / thẻ căn cước). Pure. Fields are separated by "|" in this order:
 * ID number (12 digits) | old ID number (9 digits, may be empty) | full name | date of birth DDMMYYYY | sex (Nam/Nữ)
 * | address | issue date DDMMYYYY. Known variants: 6 fields (no issue date), empty fields, and DD/MM/YYYY dates.
 * Anything else is refused with a reason. Every field is cleaned by the answers' own rule (schema/text.ts: NFC, no
 * control or bidirectional marks, whitespace folded); a name or address carrying markup (`<`, `>`) is refused, as no
 * card prints one. The raw string is never kept: callers store only the parsed fields.
 */
import { isRealIsoDate } from '../forms/dateParts';
import { cleanText } from '../schema/text';

export interface IdCard {
  idNumber: string;
  oldIdNumber: string | null;
  fullName: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  sex: 'nam' | 'nu';
  address: string;
  /** YYYY-MM-DD, or null when the card's code does not carry it. */
  issueDate: string | null;
}

export type IdCardError = 'fields' | 'idNumber' | 'oldIdNumber' | 'fullName' | 'dateOfBirth' | 'sex' | 'address' | 'issueDate';

export type IdCardResult = { ok: true; card: IdCard } | { ok: false; error: IdCardError };

function isoDate(value: string): string | null {
  const m = /^(\d{2})\/?(\d{2})\/?(\d{4})$/.exec(value);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]}-${m[1]}`;
  return isRealIsoDate(iso) ? iso : null;
}

function sexOf(value: string): 'nam' | 'nu' | null {
  const folded = value.toLowerCase();
  if (folded === 'nam') return 'nam';
  if (folded === 'nữ' || folded === 'nu') return 'nu';
  return null;
}

/** Quick test, for telling an ID card apart from other payloads before parsing it. */
export const looksLikeIdCard = (raw: string) => /^\d{12}\|/.test(raw.trim());

/** A card's code holds about 150 characters; a QR code at most ~3000. Anything longer is not a card. */
const MAX_RAW = 1000;

export function parseIdCard(raw: string): IdCardResult {
  if (raw.length > MAX_RAW) return { ok: false, error: 'fields' };
  const fields = raw.split('|').map((f) => cleanText(f));
  if (fields.length !== 6 && fields.length !== 7) return { ok: false, error: 'fields' };
  const [idNumber, oldId, fullName, dob, sex, address, issue] = fields as [string, string, string, string, string, string, string?];
  if (!/^\d{12}$/.test(idNumber)) return { ok: false, error: 'idNumber' };
  if (oldId !== '' && !/^\d{9}$/.test(oldId)) return { ok: false, error: 'oldIdNumber' };
  if (!/^\p{L}+(?:[ '-]\p{L}+)*$/u.test(fullName) || fullName.length > 100) return { ok: false, error: 'fullName' };
  const dateOfBirth = isoDate(dob);
  if (!dateOfBirth) return { ok: false, error: 'dateOfBirth' };
  const sexValue = sexOf(sex);
  if (!sexValue) return { ok: false, error: 'sex' };
  if (address.length > 300 || /[<>]/.test(address)) return { ok: false, error: 'address' };
  let issueDate: string | null = null;
  if (issue !== undefined && issue !== '') {
    issueDate = isoDate(issue);
    if (!issueDate) return { ok: false, error: 'issueDate' };
  }
  return {
    ok: true,
    card: { idNumber, oldIdNumber: oldId || null, fullName, dateOfBirth, sex: sexValue, address, issueDate },
  };
}
