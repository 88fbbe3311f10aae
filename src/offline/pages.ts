/**
 * The prerendered pages a person has opened (the catalogue and the sheets), kept so that a repeat visit offline paints
 * the sheet from its HTML, before the app's JavaScript has run. Only the pages opened are kept: all of them would not
 * fit the precache budget. Pure, so the service worker and the tests share it.
 */

/** The addresses that have a prerendered page (scripts/prerender.mjs): `/` and `/p/<code>`. */
export function prerenderedPath(url: string): string | null {
  const { pathname } = new URL(url, 'https://x.invalid');
  return pathname === '/' || /^\/p\/\d\.\d{6}$/.test(pathname) ? pathname : null;
}

/**
 * Whether `html` is the page this version prerendered for `path`: written for that address, and naming only files
 * this version holds. A host already serving a newer version would otherwise have its page kept, and that page would
 * ask for scripts nobody can serve offline.
 */
export function isPageOf(html: string, path: string, holds: (file: string) => boolean): boolean {
  if (!html.includes(` data-page="${path}"`)) return false;
  // Script, preload and data addresses, in attributes or in the page's start-up script: always in double quotes.
  const files = [...html.matchAll(/"(\/(?:assets|data)\/[^"]+)"/g)].map((m) => m[1]!);
  return files.length > 0 && files.every(holds);
}

export const PAGES_CACHE_PREFIX = 'motcua-pages-';

/** One cache per version, named by everything it precaches: a new version starts with no pages of the old one. */
export function pagesCacheName(cacheKeys: Iterable<string>): string {
  // FNV-1a: a short name that changes whenever any file or revision does.
  let hash = 0x811c9dc5;
  for (const key of [...cacheKeys].sort()) {
    for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 10, 0x01000193);
  }
  return PAGES_CACHE_PREFIX + (hash >>> 0).toString(36);
}
