/// <reference lib="webworker" />
/**
 * The service worker. Cache decisions, all in one place:
 * - Precache, at install, everything the app can show: the shell, every JavaScript chunk (lazy ones too), the CSS,
 *   every procedure sheet and form (data/**), the icons and the manifest. Each entry is revisioned by its content,
 *   so a corrected procedure replaces only its own file. Install is all-or-nothing: if any file fails (network lost,
 *   storage full), this version is discarded, the pages are told why, and the version already installed keeps serving.
 *   The first install has the page fetch the files, many at once (storeThroughPage); updates fetch their own.
 * - Every navigation (any route, any deep link) is answered with the precached shell.html: the app routes itself.
 *   The prerendered pages (index.html, p/*.html) are not stored: they only speed up a first visit over the network.
 * - Nothing is cached at run time and nothing from another origin is ever requested: the national portal is only
 *   opened as a link, by the user, when online. The one exception: a precached file the page found damaged is
 *   stored afresh under its own key when the page asks (REPAIR).
 * - A waiting version tells the page which sheet and form files it holds (DATA_FILES), so a sheet it corrects can
 *   say so before the person updates.
 * - A new version waits until the person agrees to update (SKIP_WAITING from the page), so nobody loses their place.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { DATA_FILES, REPAIR, STORE_FAILED, STORE_FOR_WORKER, type StoreFailedMessage, type StoreForWorkerMessage } from './messages';
import { storeFiles } from './storeFiles';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

const precache = new PrecacheController();
precache.addToCacheList(self.__WB_MANIFEST);

async function tellPages(message: StoreFailedMessage): Promise<void> {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true, type: 'window' })) client.postMessage(message);
}

/** How long the worker waits for a page's next word before it stores the rest itself. */
const PAGE_SILENCE_MS = 10_000;

/**
 * Chromium lets an installing service worker have three requests in flight at most (its
 * ThrottleInstallingServiceWorker feature), whatever the protocol: on a link with a long round trip the files then
 * arrive three per round trip. The page that installs it has no such limit, so it is asked to store the files
 * itself (src/offline/storeForWorker.ts), in the cache workbox reads. What the page could not store, or all of it if no
 * page answers (closed, or a page of an older version), the worker's own passes below fetch.
 * Only on the first install: a page that an older version controls would have that version answer its requests,
 * with the older files.
 */
async function storeThroughPage(): Promise<void> {
  if (self.registration.active) return;
  const [page] = await self.clients.matchAll({ includeUncontrolled: true, type: 'window' });
  if (!page) return;
  const path = (url: string) => {
    const { pathname, search } = new URL(url);
    return pathname + search;
  };
  const message: StoreForWorkerMessage = {
    type: STORE_FOR_WORKER,
    cache: precache.strategy.cacheName,
    files: [...precache.getURLsToCacheKeys()].map(([url, key]) => [path(url), path(key)]),
  };
  const channel = new MessageChannel();
  await new Promise<void>((resolve) => {
    let silence = setTimeout(resolve, PAGE_SILENCE_MS);
    channel.port1.onmessage = (event: MessageEvent<{ done?: boolean } | null>) => {
      clearTimeout(silence);
      if (event.data?.done) resolve();
      else silence = setTimeout(resolve, PAGE_SILENCE_MS);
    };
    page.postMessage(message, [channel.port2]);
  });
  channel.port1.close();
}

/**
 * Workbox stores precache entries one at a time (workbox#2528, to spare memory on very large precaches) and skips
 * those already stored. Ours is small, and on a slow link each file would wait its own round trip, one after the
 * other, so fetch a few at once into workbox's own cache first; its pass then only checks. A file that fails here
 * is left to workbox, whose failure discards the whole install.
 */
const fetchAhead = async () => storeFiles(await caches.open(precache.strategy.cacheName), precache.getURLsToCacheKeys(), 6);

self.addEventListener('install', (event) => {
  event.waitUntil(
    storeThroughPage()
      .then(() => fetchAhead())
      .then(() => precache.install(event))
      .catch(async (error: unknown) => {
        const full = error instanceof DOMException && error.name === 'QuotaExceededError';
        await tellPages({ type: STORE_FAILED, reason: full ? 'storage' : 'network' });
        throw error;
      }),
  );
});
self.addEventListener('activate', (event) => event.waitUntil(precache.activate(event)));

registerRoute(new PrecacheRoute(precache));
registerRoute(new NavigationRoute(precache.createHandlerBoundToURL('/shell.html')));
cleanupOutdatedCaches();

// The first version takes charge of the page that installed it, so the first visit already works offline.
clientsClaim();

/**
 * Stores a precached file afresh, over a copy the page found damaged. Deleting the copy would not do: workbox
 * stores again only the entries that carry integrity hashes, so the file would be fetched online and then be missing
 * offline.
 */
async function repair(url: string): Promise<boolean> {
  const key = precache.getCacheKeyForURL(url);
  if (!key) return false;
  const response = await fetch(url, { cache: 'reload', credentials: 'same-origin' }).catch(() => null);
  if (!response?.ok || response.redirected) return false;
  await (await caches.open(precache.strategy.cacheName)).put(key, response);
  return true;
}

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data = event.data as { type?: string; url?: unknown } | null;
  const type = data?.type;
  if (type === 'SKIP_WAITING') void self.skipWaiting();
  if (type === REPAIR && typeof data?.url === 'string') event.waitUntil(repair(data.url).then((ok) => event.ports[0]?.postMessage(ok)));
  if (type === DATA_FILES) event.ports[0]?.postMessage(precache.getCachedURLs().filter((url) => new URL(url).pathname.startsWith('/data/')));
});
