/**
 * Saves the latest version of a dossier shortly after each change, so typing never waits for storage, and at once
 * when asked (the page is hidden or left). DOM-free: the page wires `flush` to pagehide and visibilitychange.
 */
export const SAVE_DELAY_MS = 250;

export type SaveState = { state: 'saved' } | { state: 'pending' } | { state: 'failed'; error: unknown };

export interface Autosaver<T> {
  /** Remembers the newest version and saves it after SAVE_DELAY_MS; a newer one replaces it. */
  schedule(value: T): void;
  /** Saves what is pending now; resolves when it is stored (or the attempt failed). */
  flush(): Promise<void>;
  /** The version not yet known to be stored, if any. */
  pending(): T | null;
}

export function createAutosaver<T>(save: (value: T) => Promise<void>, onState: (state: SaveState) => void, delay = SAVE_DELAY_MS): Autosaver<T> {
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    // One write at a time, in order: an older version must never land after a newer one.
    running = running.then(async () => {
      const next = pending;
      if (!next) return;
      try {
        await save(next.value);
        // Kept if a newer version arrived while this one was being written.
        if (pending === next) {
          pending = null;
          onState({ state: 'saved' });
        }
      } catch (error) {
        // Kept pending: the next change or flush tries again, and nothing typed is dropped.
        onState({ state: 'failed', error });
      }
    });
    return running;
  };

  return {
    schedule(value) {
      pending = { value };
      onState({ state: 'pending' });
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => void flush(), delay);
    },
    flush,
    pending: () => pending?.value ?? null,
  };
}
