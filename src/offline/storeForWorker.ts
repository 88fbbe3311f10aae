import type { StoredForWorker } from './messages';
import { type FileToStore, storeFiles } from './storeFiles';

/** Requests in flight at once: over HTTP/2 they share one connection, so more round trips overlap; HTTP/1.1 allows six. */
const PARALLEL = 32;
/**
 * In flight while the person types or taps, and for a second after: on a fast link many responses landing together
 * hold up the page, and a keystroke waited up to 200 ms for them (4x CPU). Storing goes on, one file at a time.
 */
const WHILE_BUSY = 1;
const BUSY_MS = 1000;
const INPUTS = ['keydown', 'input', 'pointerdown'] as const;

/**
 * Stores an installing service worker's files for it (sw.ts, storeThroughPage). What fails is left to the worker,
 * which fetches what is missing and discards the version if it still cannot. Reports on `port` after every file, so
 * the worker knows the page is still at it, and once all are done, with `readsQr` (which files it was given
 * depends on it: src/offline/decoders.ts); `onStored` tells the page's own screens.
 */
export async function storeForWorker(files: FileToStore[], readsQr: boolean, port: MessagePort, onStored: (stored: number) => void): Promise<void> {
  let stored = 0;
  let lastInput = Number.NEGATIVE_INFINITY;
  const busy = () => {
    lastInput = performance.now();
  };
  for (const type of INPUTS) addEventListener(type, busy, { capture: true, passive: true });
  const room = () => (performance.now() - lastInput < BUSY_MS ? WHILE_BUSY : PARALLEL);
  try {
    const onEach = () => {
      port.postMessage({ stored: ++stored, of: files.length });
      onStored(stored);
    };
    await storeFiles(files, PARALLEL, onEach, room);
  } catch {
    // The worker's own pass meets the same fault and says why.
  } finally {
    for (const type of INPUTS) removeEventListener(type, busy, { capture: true });
    port.postMessage({ done: true, readsQr } satisfies StoredForWorker);
  }
}
