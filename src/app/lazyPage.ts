import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Loads a page's code the first time it is shown, so the first screen does not pay for print views and the like.
 * Returns null while loading, and `failed` when the chunk cannot be fetched (offline before it was ever cached).
 */
export function useLazyPage<P>(load: () => Promise<{ default: FunctionComponent<P> }>): FunctionComponent<P> | null | 'failed' {
  const [page, setPage] = useState<{ c: FunctionComponent<P> } | null | 'failed'>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (m) => live && setPage({ c: m.default }),
      () => live && setPage('failed'),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return page === null || page === 'failed' ? page : page.c;
}
