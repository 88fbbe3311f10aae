import { useEffect, useState } from 'preact/hooks';
import type { FormTemplate } from '../schema/form';
import { entryFor } from './entries';
import type { SheetData } from './types';

export type Loaded<T> = { state: 'loading' } | { state: 'missing' } | { state: 'failed' } | { state: 'ready'; data: T };

/** A cheap check that a file is the one asked for; the full schema was checked at build time. */
type Check<T> = (data: unknown) => data is T;

const cache = new Map<string, Promise<unknown>>();

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/**
 * Fetches a content-hashed data file once per page life. A stored copy that is damaged (not JSON, or not the
 * expected file) is dropped from the offline store and fetched afresh once; failures are not remembered, so a
 * retry can succeed.
 */
export function loadJson<T>(url: string, check: Check<T>): Promise<T> {
  let pending = cache.get(url) as Promise<T> | undefined;
  if (!pending) {
    pending = (async () => {
      const first = await fetchJson(url).catch((e: unknown) => (e instanceof SyntaxError ? undefined : Promise.reject(e)));
      if (check(first)) return first;
      const { dropCachedCopy } = await import('../offline/storage');
      await dropCachedCopy(url);
      const second = await fetchJson(url);
      if (check(second)) return second;
      throw new Error(`${url}: not the expected data`);
    })();
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending;
}

/** Loads data for a key that may not exist in the catalogue; `attempt` changes to retry after a failure. */
export function useData<T>(url: string | undefined, check: Check<T>, attempt: number): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    if (!url) return setResult({ state: 'missing' });
    let live = true;
    setResult({ state: 'loading' });
    loadJson(url, check).then(
      (data) => live && setResult({ state: 'ready', data }),
      () => live && setResult({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [url, attempt]);
  return result;
}

const isObject = (data: unknown): data is Record<string, unknown> => typeof data === 'object' && data !== null;

export const isSheetFor =
  (code: string): Check<SheetData> =>
  (data): data is SheetData =>
    isObject(data) && isObject(data.procedure) && data.procedure.code === code && Array.isArray(data.forms);

export const isForm =
  (formId: string): Check<FormTemplate> =>
  (data): data is FormTemplate =>
    isObject(data) && data.id === formId && Array.isArray(data.sections);

export const sheetUrl = (code: string) => entryFor(code)?.sheetUrl;

export function prefetchSheet(code: string): void {
  const url = sheetUrl(code);
  if (url) loadJson(url, isSheetFor(code)).catch(() => undefined);
}
export const useSheet = (code: string, attempt: number) => useData(sheetUrl(code), isSheetFor(code), attempt);
