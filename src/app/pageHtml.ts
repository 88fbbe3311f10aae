/** What a prerendered page is made of: src/app/prerender.tsx renders it, scripts/prerender.mjs writes it. */
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

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Where a page's HTML goes: /p/1.001193 → p/1.001193.html, which static hosts serve for the address without .html. */
export const pageFile = (path: string) => (path === '/' ? 'index.html' : `${path.slice(1)}.html`);

const ROOT = '<div id="app"><!--app-html--></div>';
const HEAD = '<!--app-head-->';
const TITLE = /<title>[^<]*<\/title>/;

/** The built shell (index.html's placeholders, as vite wrote them) with one page in it. */
export function fillShell(shell: string, page: PrerenderedPage): string {
  for (const [name, found] of [
    [ROOT, shell.includes(ROOT)],
    [HEAD, shell.includes(HEAD)],
    ['<title>', TITLE.test(shell)],
  ] as const) {
    if (!found) throw new Error(`prerender: the shell has no ${name} for ${page.path}`);
  }
  const preload = page.preload ? `<link rel="preload" href="${escapeHtml(page.preload)}" as="fetch" crossorigin />` : '';
  return shell
    .replace(TITLE, () => `<title>${escapeHtml(page.title)}</title>`)
    .replace(HEAD, () => preload)
    .replace(ROOT, () => `<div id="app" data-page="${escapeHtml(page.path)}" data-stamp="${escapeHtml(page.stamp)}">${page.html}</div>`);
}
