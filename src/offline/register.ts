/**
 * The one page-side owner of the service worker: registers it, reports when the app is ready offline, offers an
 * update when one is waiting, and reloads only after the person agrees, never on its own mid-task.
 */
import { Workbox } from 'workbox-window';
import { parseRoute } from '../app/routes';
import { settingsAsBuilt, watchSettings } from '../app/settings';
import { dataFilesOf } from '../data/dataFiles';
import { readsQrNatively } from '../scan/nativeQr';
import { askWorker, DATA_FILES, FORGET_PAGES, isStoreFailed, isStoreForWorker, STORE_PAGE, type StoreForWorkerMessage } from './messages';
import { offlineStatus } from './status';
import { requestPersistence, storageIsTight } from './storage';
import type { FileToStore } from './storeFiles';
import { storeForWorker } from './storeForWorker';
import { storingOrder } from './storingOrder';

let workbox: Workbox | null = null;
let updating = false;

function watchNetwork(): void {
  const update = () => offlineStatus.set({ online: navigator.onLine, needsNetwork: false });
  addEventListener('online', update);
  addEventListener('offline', update);
}

export async function startOffline(): Promise<void> {
  watchNetwork();
  if (!('serviceWorker' in navigator)) {
    offlineStatus.set({ unsupported: true });
    return;
  }
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (isStoreFailed(event.data) && !offlineStatus.get().ready) offlineStatus.set({ storeFailed: event.data.reason });
    const [port] = event.ports;
    // Never under a controlling version: it would answer these requests with its own files.
    if (isStoreForWorker(event.data) && port && !navigator.serviceWorker.controller) void storeApp(event.data, port);
  });
  navigator.serviceWorker.startMessages();
  workbox = new Workbox('/sw.js');
  workbox.addEventListener('installed', (event) => {
    if (event.isUpdate) return;
    offlineStatus.set({ ready: true, justReady: true, storeFailed: null, storing: null });
    void requestPersistence();
  });
  workbox.addEventListener('waiting', () => {
    offlineStatus.set({ updateWaiting: true });
    void waitingDataFiles().then((files) => offlineStatus.set({ waitingDataFiles: files }));
  });
  workbox.addEventListener('controlling', () => {
    if (updating) location.reload();
  });
  workbox.addEventListener('redundant', async () => {
    // Install is all-or-nothing: a version that could not store every file is dropped, the old one keeps serving.
    // The worker says why (STORE_FAILED); if its message was lost, judge by the room left.
    const tight = await storageIsTight();
    // Checked after the wait: the worker's own message may have arrived meanwhile, and it knows better.
    const { ready, storeFailed } = offlineStatus.get();
    offlineStatus.set({ storing: null });
    if (!ready && !storeFailed) offlineStatus.set({ storeFailed: tight ? 'storage' : 'network' });
  });
  try {
    const registration = await workbox.register();
    if (registration?.active) offlineStatus.set({ ready: true });
  } catch {
    offlineStatus.set({ storing: null, storeFailed: (await storageIsTight()) ? 'storage' : 'network' });
  }
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && navigator.onLine) void workbox?.update();
  });
  keepPagesStored();
}

/**
 * Stores the installing worker's files for it: the sheet on screen and its forms first, the scanner's decoders only
 * where this browser does not read QR codes itself.
 */
async function storeApp({ cache, files, decoders }: StoreForWorkerMessage, port: MessagePort): Promise<void> {
  const readsQr = (await readsQrNatively()) !== null;
  const [main, scanner] = await Promise.all([caches.open(cache), caches.open(decoders.cache)]);
  const shown = dataFilesOf(parseRoute(location.pathname, location.search));
  const list: FileToStore[] = [
    ...storingOrder(files, shown).map(([url, key]): FileToStore => [url, key, main]),
    ...(readsQr ? [] : decoders.files.map(([url, key]): FileToStore => [url, key, scanner])),
  ];
  const of = list.length;
  offlineStatus.set({ storing: { stored: 0, of } });
  await storeForWorker(list, readsQr, port, (stored) => offlineStatus.set({ storing: { stored, of } }));
}

/**
 * Has the worker keep the prerendered page of each address shown (sw.ts ignores those without one), while the
 * settings are those the pages were written in; once they are not, the kept pages would paint the wrong language or
 * size, so they go.
 */
function keepPagesStored(): void {
  const tell = () =>
    navigator.serviceWorker.controller?.postMessage(settingsAsBuilt() ? { type: STORE_PAGE, path: location.pathname } : { type: FORGET_PAGES });
  addEventListener('popstate', tell);
  navigator.serviceWorker.addEventListener('controllerchange', tell);
  watchSettings(tell);
  tell();
}

/** The data files (sheets, forms) the waiting version holds; none if it cannot say within a few seconds. */
async function waitingDataFiles(): Promise<string[]> {
  const waiting = (await navigator.serviceWorker.getRegistration())?.waiting;
  if (!waiting) return [];
  const urls = (data: unknown) => (Array.isArray(data) ? data.filter((u): u is string => typeof u === 'string') : []);
  return askWorker(waiting, { type: DATA_FILES }, 5000, urls, []);
}

/** Switches to the waiting version; the page reloads once it has taken over. Call only on the person's request. */
export function applyUpdate(): void {
  if (!workbox) return;
  updating = true;
  workbox.messageSkipWaiting();
}
