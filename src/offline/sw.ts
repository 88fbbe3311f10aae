/// <reference lib="webworker" />
/**
 * The service worker. Cache decisions, all in one place:
 * - Precache, at install, everything the app can show: the shell, every JavaScript chunk (lazy ones too), the CSS,
 *   every procedure sheet and form (data/**), the icons and the manifest. The scanner's bundled decoders are a
 *   precache of their own, left out where the browser reads QR codes itself (decoders.ts). Each entry is revisioned
 *   by its content, so a corrected procedure replaces only its own file. Install is all-or-nothing: if any file fails (network lost,
 *   storage full), this version is discarded, the pages are told why, and the version already installed keeps serving.
 *   The first install has the page fetch the files, many at once (storeThroughPage); updates fetch their own.
 * - Every navigation (any route, any deep link) is answered with the precached shell.html: the app routes itself.
 *   The exception: the prerendered page (the catalogue, a sheet) of an address the person opened, kept in this
 *   version's own pages cache when the page asks (STORE_PAGE) and paints before any script runs. All 25 would not
 *   fit the precache budget; a page in other settings than the build's asks to forget them (FORGET_PAGES).
 * - Nothing else is cached at run time and nothing from another origin is ever requested: the national portal is only
 *   opened as a link, by the user, when online. A precached file the page found damaged is stored afresh under its
 *   own key when the page asks (REPAIR).
 * - A waiting version tells the page which sheet and form files it holds (DATA_FILES), so a sheet it corrects can
 *   say so before the person updates.
 * - A new version waits until the person agrees to update (SKIP_WAITING from the page), so nobody loses their place.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { DECODERS_CACHE, splitDecoders } from './decoders';
import { DATA_FILES, FORGET_PAGES, REPAIR, STORE_FAILED, STORE_PAGE, type StoreFailedMessage } from './messages';
import { isPageOf, PAGES_CACHE_PREFIX, pagesCacheName, prerenderedPath } from './pages';
import { storeOnInstall } from './swInstall';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

const { decoders: decoderFiles, rest } = splitDecoders(self.__WB_MANIFEST);
const precache = new PrecacheController();
precache.addToCacheList(rest);
const decoders = new PrecacheController({ cacheName: DECODERS_CACHE });
decoders.addToCacheList(decoderFiles);

async function tellPages(message: StoreFailedMessage): Promise<void> {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true, type: 'window' })) client.postMessage(message);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    storeOnInstall(event, precache, decoders).catch(async (error: unknown) => {
      const full = error instanceof DOMException && error.name === 'QuotaExceededError';
      await tellPages({ type: STORE_FAILED, reason: full ? 'storage' : 'network' });
      throw error;
    }),
  );
});
const PAGES = pagesCacheName([...precache.getURLsToCacheKeys().values(), ...decoders.getURLsToCacheKeys().values()]);
const dropOtherPages = async () => {
  for (const name of await caches.keys()) if (name.startsWith(PAGES_CACHE_PREFIX) && name !== PAGES) await caches.delete(name);
};
self.addEventListener('activate', (event) => event.waitUntil(Promise.all([precache.activate(event), decoders.activate(event)]).then(dropOtherPages)));

async function storePage(address: string): Promise<void> {
  const path = prerenderedPath(address);
  const pages = await caches.open(PAGES);
  if (!path || (await pages.match(path))) return;
  const response = await fetch(path, { credentials: 'same-origin' }).catch(() => null);
  if (!response?.ok || response.redirected) return;
  if (isPageOf(await response.clone().text(), path, (file) => precache.getCacheKeyForURL(file) !== undefined)) await pages.put(path, response);
}

registerRoute(new PrecacheRoute(precache));
// Where they were not stored, a decoder is fetched from the network, and not kept.
registerRoute(new PrecacheRoute(decoders));
const shell = precache.createHandlerBoundToURL('/shell.html');
registerRoute(
  new NavigationRoute(async (options) => {
    const path = prerenderedPath(options.url.href);
    return (path && (await (await caches.open(PAGES)).match(path))) || shell(options);
  }),
);
cleanupOutdatedCaches();

// The first version takes charge of the page that installed it, so the first visit already works offline.
clientsClaim();

/**
 * Stores a precached file afresh, over a copy the page found damaged. Deleting the copy would not do: workbox
 * stores again only the entries that carry integrity hashes, so the file would be fetched online and then be missing
 * offline.
 */
async function repair(url: string): Promise<boolean> {
  const owner = [precache, decoders].find((controller) => controller.getCacheKeyForURL(url));
  const key = owner?.getCacheKeyForURL(url);
  if (!owner || !key) return false;
  const response = await fetch(url, { cache: 'reload', credentials: 'same-origin' }).catch(() => null);
  if (!response?.ok || response.redirected) return false;
  await (await caches.open(owner.strategy.cacheName)).put(key, response);
  return true;
}

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data = event.data as { type?: string; url?: unknown; path?: unknown } | null;
  const type = data?.type;
  if (type === 'SKIP_WAITING') void self.skipWaiting();
  if (type === STORE_PAGE && typeof data?.path === 'string') event.waitUntil(storePage(data.path));
  if (type === FORGET_PAGES) event.waitUntil(caches.delete(PAGES));
  if (type === REPAIR && typeof data?.url === 'string') event.waitUntil(repair(data.url).then((ok) => event.ports[0]?.postMessage(ok)));
  if (type === DATA_FILES) event.ports[0]?.postMessage(precache.getCachedURLs().filter((url) => new URL(url).pathname.startsWith('/data/')));
});
