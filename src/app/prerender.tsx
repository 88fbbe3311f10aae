/**
 * The build's prerender (build/prerender.ts) renders the catalogue and every procedure sheet to HTML with this, so
 * a first visit shows its page as soon as the HTML arrives, before any script; the app then takes over that DOM.
 */
import catalogue from 'virtual:catalogue';
import { renderToString } from 'preact-render-to-string';
import { isSheetFor, seedJson } from '../catalogue/useSheet';
import { pick, t } from '../i18n';
import { App } from './App';
import { lawToday, pageStamp } from './lawDate';
import { parseRoute } from './routes';
import { pageTitle } from './usePageTitle';

export interface PrerenderedPage {
  /** The address it answers, e.g. /p/1.001193. */
  path: string;
  title: string;
  html: string;
  /** A data file the page's script will fetch at once: the HTML asks for it early. */
  preload: string | null;
  /** Which of its dated rules had started or run out on the day it was written (see lawDate.ts). */
  stamp: string;
}

const page = (path: string) => renderToString(<App at={parseRoute(path)} />);

/** `readData` returns a built data file's parsed content by its URL (/data/…). */
export function prerenderPages(readData: (url: string) => unknown): PrerenderedPage[] {
  const stamp = (path: string) => pageStamp(parseRoute(path), lawToday());
  const pages: PrerenderedPage[] = [{ path: '/', title: pageTitle(t('catalogue.title')), html: page('/'), preload: null, stamp: stamp('/') }];
  for (const entry of catalogue.procedures) {
    const sheet = readData(entry.sheetUrl);
    if (!isSheetFor(entry.code)(sheet)) throw new Error(`prerender: ${entry.sheetUrl} is not the sheet of ${entry.code}`);
    seedJson(entry.sheetUrl, sheet);
    const path = `/p/${entry.code}`;
    pages.push({ path, title: pageTitle(pick(sheet.procedure.name).text), html: page(path), preload: entry.sheetUrl, stamp: stamp(path) });
  }
  return pages;
}
