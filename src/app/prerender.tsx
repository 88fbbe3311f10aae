/**
 * The server-side entry of the build (vite's SSG shape): scripts/prerender.mjs builds this for Node and writes the
 * catalogue and every procedure sheet as HTML, so a first visit shows its page as soon as the HTML arrives, before
 * any script; the app then takes over that DOM (takeOver.tsx).
 */
import catalogue from 'virtual:catalogue';
import { renderToString } from 'preact-render-to-string';
import { isSheetFor, seedJson } from '../data/dataFiles';
import { pick, t } from '../i18n';
import { App } from './App';
import { lawToday, pageStamp } from './lawDate';
import { fillShell, type PrerenderedPage, pageFile } from './pageHtml';
import { parseRoute, sheetPath } from './routes';
import { pageTitle } from './usePageTitle';

const page = (path: string) => renderToString(<App at={parseRoute(path)} />);

/**
 * The pages to write, as file name (relative to the build) and HTML: the built `shell` with each page in it.
 * `readData` returns a built data file's parsed content by its URL (/data/…).
 */
export function prerenderPages(shell: string, readData: (url: string) => unknown): { file: string; html: string }[] {
  const stamp = (path: string) => pageStamp(parseRoute(path), lawToday());
  const pages: PrerenderedPage[] = [{ path: '/', title: pageTitle(t('catalogue.title')), html: page('/'), preload: null, stamp: stamp('/') }];
  for (const entry of catalogue.procedures) {
    const sheet = readData(entry.sheetUrl);
    if (!isSheetFor(entry.code)(sheet)) throw new Error(`prerender: ${entry.sheetUrl} is not the sheet of ${entry.code}`);
    seedJson(entry.sheetUrl, sheet);
    const path = sheetPath(entry.code);
    pages.push({ path, title: pageTitle(pick(sheet.procedure.name).text), html: page(path), preload: entry.sheetUrl, stamp: stamp(path) });
  }
  return pages.map((p) => ({ file: pageFile(p.path), html: fillShell(shell, p) }));
}
