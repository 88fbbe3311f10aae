/**
 * What a scanned QR code holds, and what may be done with it. Pure: no DOM, no navigation.
 * The only place the app ever goes on its own is one of its own sheets (`/p/<code>` for a code in the catalogue);
 * everything else is shown to the person as plain text, and links to other sites carry a warning.
 */
import { type IdCard, type IdCardError, looksLikeIdCard, parseIdCard } from './cccd';

/** Longer payloads are not QR codes anyone posts at a desk; they are shown cut short, never parsed. */
export const MAX_PAYLOAD = 2048;

export interface Known {
  /** National codes in this commune's catalogue. */
  codes: ReadonlySet<string>;
  /** Portal record uuid → national code, from the catalogue's data. */
  uuids: ReadonlyMap<string, string>;
}

export type Payload =
  /** A procedure in the catalogue: open its sheet. */
  | { kind: 'procedure'; code: string }
  /** A national code this commune does not list (or a portal page we cannot map): say so, offer the portal. */
  | { kind: 'notInCatalogue'; code: string | null; portalUrl: string | null }
  | { kind: 'idCard'; card: IdCard }
  | { kind: 'badIdCard'; error: IdCardError }
  /** A web link to another site: shown, never opened automatically. */
  | { kind: 'link'; url: string; host: string }
  /** Anything else, shown as text. `cut` when it was longer than MAX_PAYLOAD. */
  | { kind: 'text'; text: string; cut: boolean };

const CODE = /^(\d\.\d{6})(?:\.000\.00\.00\.H\d{2}|\.H\d{2})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PORTAL_HOSTS = new Set(['dichvucong.gov.vn', 'www.dichvucong.gov.vn']);
/** Ministry and sector portals put the national code in these query parameters (section 4 of the reference). */
const CODE_PARAMS = ['ma_thu_tuc', 'MaTTHC', 'maThuTuc', 'mathutuc', 'matthc'];

/** A national procedure code, with a provincial suffix (.000.00.00.H01, .H42) removed; null if it is not one. */
export function nationalCode(value: string): string | null {
  return CODE.exec(value.trim())?.[1] ?? null;
}

function byCode(code: string, known: Known, portalUrl: string | null): Payload {
  return known.codes.has(code) ? { kind: 'procedure', code } : { kind: 'notInCatalogue', code, portalUrl };
}

const isGovVn = (host: string) => host === 'gov.vn' || host.endsWith('.gov.vn');

function fromUrl(url: URL, known: Known): Payload | null {
  const host = url.hostname.toLowerCase();
  const segments = url.pathname.split('/').filter(Boolean);
  // This app's own link, from this or another deployment of Một Cửa: /p/<code>.
  if (segments.length === 2 && segments[0] === 'p') {
    const code = nationalCode(decodeURIComponentSafe(segments[1]!));
    if (code) return byCode(code, known, null);
  }
  if (!isGovVn(host)) return null;
  const official = url.href;
  if (PORTAL_HOSTS.has(host) && segments[0] === 'thu-tuc-hanh-chinh' && segments[1] && UUID.test(segments[1])) {
    const code = known.uuids.get(segments[1].toLowerCase());
    return code ? { kind: 'procedure', code } : { kind: 'notInCatalogue', code: null, portalUrl: official };
  }
  // The old province-specific route's ma_thu_tuc is an internal number, never a national code.
  if (url.pathname.endsWith('dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html')) return { kind: 'notInCatalogue', code: null, portalUrl: official };
  for (const [key, value] of url.searchParams) {
    if (!CODE_PARAMS.includes(key) && !CODE_PARAMS.includes(key.toLowerCase())) continue;
    const code = nationalCode(value);
    if (code) return byCode(code, known, official);
  }
  return { kind: 'notInCatalogue', code: null, portalUrl: official };
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function classifyPayload(raw: string, known: Known): Payload {
  if (raw.length > MAX_PAYLOAD) return { kind: 'text', text: raw.slice(0, 200), cut: true };
  const text = raw.trim();
  if (looksLikeIdCard(text)) {
    const parsed = parseIdCard(text);
    return parsed.ok ? { kind: 'idCard', card: parsed.card } : { kind: 'badIdCard', error: parsed.error };
  }
  const code = nationalCode(text);
  if (code) return byCode(code, known, null);
  if (/^https?:\/\//i.test(text) && !/\s/.test(text)) {
    let url: URL | null = null;
    try {
      url = new URL(text);
    } catch {
      url = null;
    }
    if (url) return fromUrl(url, known) ?? { kind: 'link', url: url.href, host: url.hostname };
  }
  return { kind: 'text', text, cut: false };
}

/** Where the app may go by itself for a payload: only its own sheets. */
export function ownTarget(payload: Payload): string | null {
  return payload.kind === 'procedure' ? `/p/${payload.code}` : null;
}

/**
 * Whether a decoder's text is a read at all. jsQR answers "" for bytes it cannot take as UTF-8 (a Shift_JIS code),
 * and ZXing may answer only control characters and spaces for the same code: neither is anything to show or act on,
 * so the scanner keeps looking instead of showing a blank result.
 */
export const isReadable = (text: string): boolean => /[^\p{Cc}\p{Cf}\p{Z}\s]/u.test(text);
