/** Messages between the service worker and the pages. */
export const STORE_FAILED = 'STORE_FAILED';

export interface StoreFailedMessage {
  type: typeof STORE_FAILED;
  /** storage: the device refused to store more (quota); network: a file could not be fetched. */
  reason: 'storage' | 'network';
}

export function isStoreFailed(data: unknown): data is StoreFailedMessage {
  const m = data as Partial<StoreFailedMessage> | null;
  return m?.type === STORE_FAILED && (m.reason === 'storage' || m.reason === 'network');
}

/**
 * An installing service worker asks a page to store its files: `files` are [url, cache key] pairs for the cache
 * named `cache`, and `decoders` the scanner's, for their own cache, wanted only where the browser cannot read QR codes
 * itself (decoders.ts). The page reports on the port sent along: `{ stored, of }` as it goes, then
 * `{ done: true, readsQr }`, whether it found that this browser reads QR codes itself.
 */
export const STORE_FOR_WORKER = 'STORE_FOR_WORKER';

type Files = [url: string, cacheKey: string][];
export interface StoreForWorkerMessage {
  type: typeof STORE_FOR_WORKER;
  cache: string;
  files: Files;
  decoders: { cache: string; files: Files };
}

/** Only this origin's paths, as the worker lists them: anything else is not a request from our worker. */
const ownPath = (s: unknown): s is string => typeof s === 'string' && s.startsWith('/') && !s.startsWith('//');
const isFiles = (files: unknown): files is Files =>
  Array.isArray(files) && files.every((f) => Array.isArray(f) && f.length === 2 && ownPath(f[0]) && ownPath(f[1]));

export function isStoreForWorker(data: unknown): data is StoreForWorkerMessage {
  const m = data as Partial<StoreForWorkerMessage> | null;
  return (
    m?.type === STORE_FOR_WORKER &&
    typeof m.cache === 'string' &&
    isFiles(m.files) &&
    typeof m.decoders?.cache === 'string' &&
    isFiles(m.decoders.files)
  );
}

/** The page's last word to the worker it stored for. */
export interface StoredForWorker {
  done: true;
  readsQr: boolean;
}

/** Whether `data` is the page's last word; a page of an older version sends `{ done: true }` alone. */
export const isDone = (data: unknown): boolean => (data as Partial<StoredForWorker> | null)?.done === true;

/** The page's answer, if `data` is it: anything else (progress, a page of an older version) says nothing of QR codes. */
export const readsQrOf = (data: unknown): boolean | undefined => {
  const m = data as Partial<StoredForWorker> | null;
  return isDone(m) && typeof m?.readsQr === 'boolean' ? m.readsQr : undefined;
};

/** A page asks a (waiting) service worker which data files its version holds; the answer goes to the port sent. */
export const DATA_FILES = 'DATA_FILES';

/**
 * A page tells the worker it shows `path` in the settings the pages were prerendered in: keep that page (pages.ts).
 * In other settings (English, larger text) it asks to forget them, so a repeat visit does not paint the wrong ones.
 */
export const STORE_PAGE = 'STORE_PAGE';
export const FORGET_PAGES = 'FORGET_PAGES';

/** A page found a stored file damaged: the service worker stores it afresh and answers true once it has. */
export const REPAIR = 'REPAIR';

/**
 * Asks a service worker and waits for its answer on the port sent along; `read` checks the answer. A worker that
 * does not answer within `ms` (busy installing, or an older version that knows no such message) gives `fallback`.
 */
export function askWorker<T>(
  worker: ServiceWorker,
  message: { type: string } & Record<string, unknown>,
  ms: number,
  read: (data: unknown) => T,
  fallback: T,
): Promise<T> {
  const channel = new MessageChannel();
  return new Promise<T>((resolve) => {
    channel.port1.onmessage = (event) => resolve(read(event.data));
    worker.postMessage(message, [channel.port2]);
    setTimeout(() => resolve(fallback), ms);
  });
}
