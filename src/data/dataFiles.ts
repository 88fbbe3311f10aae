import catalogue from 'virtual:catalogue';
import { useEffect, useState } from 'preact/hooks';
import type { Route } from '../app/routes';
import type { FormTemplate } from '../schema/form';
import { entryFor } from './entries';
import type { SheetData } from './types';

export type Loaded<T> = { state: 'loading' } | { state: 'missing' } | { state: 'failed' } | { state: 'ready'; data: T };

/** A cheap check that a file is the one asked for; the full schema was checked at build time. */
type Check<T> = (data: unknown) => data is T;

const cache = new Map<string, Promise<unknown>>();
/** Files already fetched and checked, so a screen showing one renders it at once instead of "loading" first. */
const settled = new Map<string, unknown>();

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/**
 * Fetches a content-hashed data file once per page life. A stored copy that is damaged (not JSON, or not the
 * expected file) is stored afresh by the service worker and read once more; failures are not remembered, so a
 * retry can succeed.
 */
export function loadJson<T>(url: string, check: Check<T>): Promise<T> {
  let pending = cache.get(url) as Promise<T> | undefined;
  if (!pending) {
    pending = (async () => {
      const first = await fetchJson(url).catch((e: unknown) => (e instanceof SyntaxError ? undefined : Promise.reject(e)));
      if (check(first)) return first;
      const { repairStoredCopy } = await import('../offline/storage');
      await repairStoredCopy(url);
      const second = await fetchJson(url);
      if (check(second)) return second;
      throw new Error(`${url}: not the expected data`);
    })();
    pending.then(
      (data) => settled.set(url, data),
      () => undefined,
    );
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending;
}

/** Gives a file's content without fetching it: the build's prerender has it on disk. */
export function seedJson(url: string, data: unknown): void {
  settled.set(url, data);
}

function known<T>(url: string | undefined, check: Check<T>): Extract<Loaded<T>, { state: 'ready' }> | undefined {
  const data = url === undefined ? undefined : settled.get(url);
  return check(data) ? { state: 'ready', data } : undefined;
}

/** Loads data for a key that may not exist in the catalogue; `attempt` changes to retry after a failure. */
export function useData<T>(url: string | undefined, check: Check<T>, attempt: number): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>(() => known(url, check) ?? { state: 'loading' });
  useEffect(() => {
    if (!url) return setResult({ state: 'missing' });
    const ready = known(url, check);
    // The same data keeps the same state, so a page that rendered with it does not render again.
    if (ready) return setResult((now) => (now.state === 'ready' && now.data === ready.data ? now : ready));
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

/** The data files a screen shows: a sheet and its forms (a new dossier's too), or one form. */
export function dataFilesOf(route: Route): string[] {
  const code = route.name === 'procedure' || route.name === 'dossierNew' ? route.code : null;
  const formIds = route.name === 'form' ? [route.formId] : code ? (entryFor(code)?.formIds ?? []) : [];
  const urls = [code ? sheetUrl(code) : undefined, ...formIds.map((id) => catalogue.formUrls[id])];
  return urls.filter((url): url is string => url !== undefined);
}

/** Starts fetching a sheet ahead of its screen; resolves once it is there, rejects if it cannot be had. */
export function prefetchSheet(code: string): Promise<SheetData> {
  const url = sheetUrl(code);
  return url ? loadJson(url, isSheetFor(code)) : Promise.reject(new Error(`no procedure ${code}`));
}
/** Starts fetching a procedure's form templates ahead of the screen that needs them; a failure is left to that screen. */
export function prefetchForms(code: string): void {
  for (const id of entryFor(code)?.formIds ?? []) {
    const url = catalogue.formUrls[id];
    if (url) loadJson(url, isForm(id)).catch(() => undefined);
  }
}

export const useSheet = (code: string, attempt: number) => useData(sheetUrl(code), isSheetFor(code), attempt);
