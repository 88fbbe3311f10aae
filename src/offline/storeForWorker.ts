import type { StoreForWorkerMessage } from './messages';
import { storeFiles } from './storeFiles';

/** Requests in flight at once: over HTTP/2 they share one connection, so more round trips overlap; HTTP/1.1 allows six. */
const PARALLEL = 32;

/**
 * Stores an installing service worker's files for it (sw.ts, storeThroughPage). What fails is left to the worker,
 * which fetches what is missing and discards the version if it still cannot. Reports on `port` after every file, so
 * the worker knows the page is still at it, and once all are done; `onStored` tells the page's own screens.
 */
export async function storeForWorker({ cache, files }: StoreForWorkerMessage, port: MessagePort, onStored: (stored: number) => void): Promise<void> {
  let stored = 0;
  try {
    await storeFiles(await caches.open(cache), files, PARALLEL, () => {
      port.postMessage({ stored: ++stored, of: files.length });
      onStored(stored);
    });
  } catch {
    // The worker's own pass meets the same fault and says why.
  } finally {
    port.postMessage({ done: true });
  }
}
