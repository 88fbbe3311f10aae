/// <reference lib="webworker" />
/**
 * How the service worker stores its files on install (sw.ts): through the page the first time, then its own passes
 * ahead of workbox's; the scanner's decoders only where they are wanted (decoders.ts).
 */
import type { PrecacheController } from 'workbox-precaching';
import { DECODERS_CACHE, decodersWanted } from './decoders';
import { isDone, readsQrOf, STORE_FOR_WORKER, type StoreForWorkerMessage } from './messages';
import { type FileToStore, storeFiles } from './storeFiles';

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
 * with the older files. Resolves with the page's word on whether this browser reads QR codes itself, if it gave one.
 */
async function storeThroughPage(precache: PrecacheController, decoders: PrecacheController): Promise<boolean | undefined> {
  if (self.registration.active) return undefined;
  const [page] = await self.clients.matchAll({ includeUncontrolled: true, type: 'window' });
  if (!page) return undefined;
  const path = (url: string) => {
    const { pathname, search } = new URL(url);
    return pathname + search;
  };
  const files = (controller: PrecacheController) =>
    [...controller.getURLsToCacheKeys()].map(([url, key]): [string, string] => [path(url), path(key)]);
  const message: StoreForWorkerMessage = {
    type: STORE_FOR_WORKER,
    cache: precache.strategy.cacheName,
    files: files(precache),
    decoders: { cache: decoders.strategy.cacheName, files: files(decoders) },
  };
  const channel = new MessageChannel();
  const readsQr = await new Promise<boolean | undefined>((resolve) => {
    let silence = setTimeout(resolve, PAGE_SILENCE_MS);
    channel.port1.onmessage = (event: MessageEvent<unknown>) => {
      clearTimeout(silence);
      if (isDone(event.data)) resolve(readsQrOf(event.data));
      else silence = setTimeout(resolve, PAGE_SILENCE_MS);
    };
    page.postMessage(message, [channel.port2]);
  });
  channel.port1.close();
  return readsQr;
}

/** Whether to store the decoders, from the page's word on a first install, else as the version before did. */
async function wantsDecoders(pageSaysReadsQr: boolean | undefined): Promise<boolean> {
  const cacheExists = await caches.has(DECODERS_CACHE);
  // Opened even when not wanted: an empty cache is how the next version knows (decoders.ts).
  const stored = (await (await caches.open(DECODERS_CACHE)).keys()).length;
  return decodersWanted(pageSaysReadsQr, { cacheExists, stored });
}

/**
 * Workbox stores precache entries one at a time (workbox#2528, to spare memory on very large precaches) and skips
 * those already stored. Ours is small, and on a slow link each file would wait its own round trip, one after the
 * other, so fetch a few at once into workbox's own cache first; its pass then only checks. A file that fails here
 * is left to workbox, whose failure discards the whole install.
 */
async function fetchAhead(precache: PrecacheController): Promise<void> {
  const cache = await caches.open(precache.strategy.cacheName);
  const files = [...precache.getURLsToCacheKeys()].map(([url, key]): FileToStore => [url, key, cache]);
  await storeFiles(files, 6);
}

/** All of it, in turn: install fails, and this version is discarded, if a file the version needs is not stored. */
export async function storeOnInstall(event: ExtendableEvent, precache: PrecacheController, decoders: PrecacheController): Promise<void> {
  const withDecoders = await wantsDecoders(await storeThroughPage(precache, decoders));
  await fetchAhead(precache);
  await precache.install(event);
  if (!withDecoders) return;
  await fetchAhead(decoders);
  await decoders.install(event);
}
