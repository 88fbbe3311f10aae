import catalogue from 'virtual:catalogue';
import { useEffect, useState } from 'preact/hooks';
import type { SheetData } from './types';

export type Loaded<T> = { state: 'loading' } | { state: 'missing' } | { state: 'failed' } | { state: 'ready'; data: T };

const cache = new Map<string, Promise<unknown>>();

/** Fetches a content-hashed data file once per page life; a failure is not cached, so a retry can succeed. */
export function loadJson<T>(url: string): Promise<T> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.json();
    });
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending as Promise<T>;
}

/** Loads data for a key that may not exist in the catalogue; `attempt` changes to retry after a failure. */
export function useData<T>(url: string | undefined, attempt: number): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    if (!url) return setResult({ state: 'missing' });
    let live = true;
    setResult({ state: 'loading' });
    loadJson<T>(url).then(
      (data) => live && setResult({ state: 'ready', data }),
      () => live && setResult({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [url, attempt]);
  return result;
}

export const sheetUrl = (code: string) => catalogue.procedures.find((p) => p.code === code)?.sheetUrl;
export function prefetchSheet(code: string): void {
  const url = sheetUrl(code);
  if (url) loadJson(url).catch(() => undefined);
}
export const useSheet = (code: string, attempt: number) => useData<SheetData>(sheetUrl(code), attempt);
