/** Links into the national public-service portal (Cổng DVC quốc gia), in the forms the reference found live in 2026. */
import { fold } from './search';

const PORTAL = 'https://dichvucong.gov.vn';

/** The procedure's own page: the current route, keyed by the record's uuid. */
export const portalPageUrl = (uuid: string) => `${PORTAL}/thu-tuc-hanh-chinh/${uuid}`;

/**
 * The portal's search page, the stable fallback: lower-case words, punctuation stripped, spaces as %20.
 * Accents are kept: the portal searches Vietnamese text.
 */
export function portalSearchUrl(words: string): string {
  const cleaned = words
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.\s]/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  return `${PORTAL}/tim-kiem-thu-tuc-hanh-chinh?keyword=${encodeURIComponent(cleaned || fold(words))}`;
}

/**
 * The portal's dossier look-up page, where a person types the dossier number (mã hồ sơ) the portal gave them.
 * Not in the reference: it is the address many public 2025-2026 projects link as "Tra cứu hồ sơ".
 */
export const PORTAL_LOOKUP_URL = `${PORTAL}/p/home/dvc-tra-cuu-ho-so.html`;
