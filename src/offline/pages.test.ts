import { describe, expect, it } from 'vitest';
import { isPageOf, pagesCacheName, prerenderedPath } from './pages';

describe('the pages a repeat visit can paint before the app runs', () => {
  it('are the catalogue and the sheets, by their address without a query', () => {
    expect(prerenderedPath('https://motcua.example/')).toBe('/');
    expect(prerenderedPath('https://motcua.example/p/1.001193?from=qr')).toBe('/p/1.001193');
    expect(prerenderedPath('/p/1.001193')).toBe('/p/1.001193');
    for (const other of ['/p/1.001193/x', '/p/abc', '/d/new?p=1.001193', '/scan', '/forms/to-khai', '/p/']) expect(prerenderedPath(other)).toBeNull();
  });

  // As scripts/prerender.mjs writes them: the data preloaded, the scripts started by an inline script after paint.
  const page = (path: string, script = '/assets/index-abc.js') =>
    `<html><head><link rel="preload" href="/data/p/1.001193.0c5.json" as="fetch" crossorigin /><script>requestAnimationFrame(function(){["/assets/i18n-1.js"].forEach(load);import("${script}")})</script></head><body><div id="app" data-page="${path}" data-stamp="s"></div></body></html>`;
  const held = new Set(['/assets/index-abc.js', '/assets/i18n-1.js', '/data/p/1.001193.0c5.json']);

  it('are kept only when written for that address, naming files this version holds', () => {
    expect(isPageOf(page('/p/1.001193'), '/p/1.001193', (f) => held.has(f))).toBe(true);
    // A host's fallback page for an address it has no page for.
    expect(isPageOf(page('/'), '/p/1.001193', (f) => held.has(f))).toBe(false);
    // A newer version on the host: its scripts are not stored here.
    expect(isPageOf(page('/p/1.001193', '/assets/index-new.js'), '/p/1.001193', (f) => held.has(f))).toBe(false);
    // The empty shell names scripts but no page.
    expect(isPageOf('<div id="app"></div><script type="module" src="/assets/index-abc.js"></script>', '/', (f) => held.has(f))).toBe(false);
    // No file named at all: not a page of the app.
    expect(isPageOf('<div id="app" data-page="/"></div>', '/', () => true)).toBe(false);
  });

  it('live in a cache named by the version, whatever order its files are listed in', () => {
    const a = pagesCacheName(['/shell.html?__WB_REVISION__=1', '/assets/index-abc.js']);
    expect(a).toBe(pagesCacheName(['/assets/index-abc.js', '/shell.html?__WB_REVISION__=1']));
    expect(a).not.toBe(pagesCacheName(['/shell.html?__WB_REVISION__=2', '/assets/index-abc.js']));
    expect(a).toMatch(/^motcua-pages-[0-9a-z]+$/);
  });
});
