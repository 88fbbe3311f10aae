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

/**
 * A prerendered page runs its scripts after its first paint. Where they arrive with the HTML (a fast link, a warm
 * HTTP cache, an app's browser without a service worker) the browser would otherwise run them before painting the
 * text that is already there, on a cheap phone a long wait (the bench's "first paint of a prerendered sheet"); on a
 * slow link they would share the line with the HTML. vite's script tag and preload links become one inline script
 * that asks for the same files, side by side, after that paint.
 */
function scriptsAfterPaint(html: string): string {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
  if (!entry) throw new Error('prerender: the shell has no module script');
  const preloads = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)];
  const start =
    `requestAnimationFrame(function(){setTimeout(function(){${JSON.stringify(preloads.map((m) => m[1]))}.forEach(function(href){` +
    `var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=href;document.head.appendChild(l)});` +
    `import(${JSON.stringify(entry[1])})})})`;
  return preloads.reduce((page, m) => page.replace(m[0], ''), html).replace(entry[0], () => `<script>${start}</script>`);
}

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
  return scriptsAfterPaint(shell)
    .replace(TITLE, () => `<title>${escapeHtml(page.title)}</title>`)
    .replace(HEAD, () => preload)
    .replace(ROOT, () => `<div id="app" data-page="${escapeHtml(page.path)}" data-stamp="${escapeHtml(page.stamp)}">${page.html}</div>`);
}
