/**
 * The scanner's bundled decoders (html5-qrcode with its ZXing port, and jsQR): about 150 KB gzipped, a quarter of what
 * the app stores. A browser that reads QR codes itself (src/scan/nativeQr.ts) never runs them, so they are a
 * precache of their own, stored only where the page found no such reader (sw.ts). Pure.
 */

/** Their chunks, by the names rollup gives them: the dynamic import of src/scan/html5Scanner.ts, and the jsqr package. */
const DECODER_FILE = /^\/?assets\/(html5Scanner|jsQR)-[\w-]+\.js$/;

export const isDecoderFile = (url: string): boolean => DECODER_FILE.test(url);

/** As many as the build must find, or the names above no longer match and the decoders would be stored everywhere. */
export const DECODER_FILES = 2;

/**
 * Their cache, one name for every version. An update, which no page stores for, follows the version before it: the
 * cache there and empty means the page found that this browser reads QR codes itself.
 */
export const DECODERS_CACHE = 'motcua-decoders';

/** Whether this version stores the decoders: as the page said on a first install, else as the version before did. */
export function decodersWanted(pageSaysReadsQr: boolean | undefined, before: { cacheExists: boolean; stored: number }): boolean {
  if (pageSaysReadsQr !== undefined) return !pageSaysReadsQr;
  return !before.cacheExists || before.stored > 0;
}

/** The build's precache list in two: the decoders, and everything else. */
export function splitDecoders<T extends string | { url: string }>(entries: readonly T[]): { decoders: T[]; rest: T[] } {
  const url = (entry: T) => (typeof entry === 'string' ? entry : entry.url);
  return { decoders: entries.filter((e) => isDecoderFile(url(e))), rest: entries.filter((e) => !isDecoderFile(url(e))) };
}
