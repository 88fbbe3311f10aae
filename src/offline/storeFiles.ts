/** A file to store: its URL, the key it is stored under, and the cache it goes in. */
export type FileToStore = readonly [url: string, cacheKey: string, cache: Cache];

/**
 * Stores each file not yet in its cache, `parallel` at a time, fetched as workbox fetches precache entries:
 * a revisioned one (its key is not its URL) past the HTTP cache. A file that cannot be fetched is skipped, for the
 * next pass to try; a cache that refuses one (the device is full) stops it all with that error. `onEach` is called
 * after every file; `room`, if given, is how many may be in flight at this moment (at most `parallel`).
 * Used by the service worker (sw.ts) and by the page that stores for it (storeForWorker.ts).
 */
export async function storeFiles(
  files: Iterable<FileToStore>,
  parallel: number,
  onEach: () => void = () => {},
  room: () => number = () => parallel,
): Promise<void> {
  const queue = [...files];
  let inFlight = 0;
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [url, key, cache] = next;
      while (inFlight >= room()) await new Promise((resolve) => setTimeout(resolve, 100));
      inFlight++;
      try {
        if (!(await cache.match(key))) {
          const response = await fetch(url, { cache: key === url ? 'default' : 'reload', credentials: 'same-origin' }).catch(() => null);
          if (response?.ok && !response.redirected) await cache.put(key, response);
        }
      } finally {
        inFlight--;
      }
      onEach();
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}
