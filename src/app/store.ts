import { useEffect, useState } from 'preact/hooks';

/** A value that screens watch: `set` re-renders every component that called `use`. */
export interface Store<T> {
  get(): T;
  set(change: Partial<T>): void;
  use(): T;
}

export function createStore<T extends object>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(change) {
      value = { ...value, ...change };
      for (const l of listeners) l();
    },
    use() {
      const [, setTick] = useState(0);
      useEffect(() => {
        const listener = () => setTick((n) => n + 1);
        listeners.add(listener);
        return () => void listeners.delete(listener);
      }, []);
      return value;
    },
  };
}
