import { useEffect, useState } from 'preact/hooks';

/** A value that screens watch: `set` re-renders every component that called `use`. */
export interface Store<T> {
  get(): T;
  set(change: Partial<T>): void;
  use(): T;
  /** Calls `listener` after every change, outside any component; returns the call that stops it. */
  watch(listener: () => void): () => void;
}

export function createStore<T extends object>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  const watch = (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  return {
    get: () => value,
    set(change) {
      value = { ...value, ...change };
      for (const l of listeners) l();
    },
    use() {
      const [, setTick] = useState(0);
      useEffect(() => watch(() => setTick((n) => n + 1)), []);
      return value;
    },
    watch,
  };
}
