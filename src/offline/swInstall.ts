/// <reference lib="webworker" />
/**
 * How the service worker stores its files on install (sw.ts): through the page the first time, then its own passes
 * ahead of workbox's.
 */
import type { PrecacheController } from 'workbox-precaching';
import { STORE_FOR_WORKER, type StoreForWorkerMessage } from './messages';
import { storeFiles } from './storeFiles';

declare const self: ServiceWorkerGlobalScope;

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
export async function storeThroughPage(precache: PrecacheController): Promise<void> {
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
export const fetchAhead = async (precache: PrecacheController) =>
  storeFiles(await caches.open(precache.strategy.cacheName), precache.getURLsToCacheKeys(), 6);
