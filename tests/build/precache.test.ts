import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRECACHE_BUDGET, precacheSize } from '../../build/budget';
import { routePageFiles } from '../../build/routePages';

describe('what the service worker stores for offline use', () => {
  const precache = precacheSize('dist');
  it('holds every sheet, every form, every script and style, the shell and the icons', () => {
    const expected = [
      ...readdirSync('dist/data/p').map((f) => `data/p/${f}`),
      ...readdirSync('dist/data/forms').map((f) => `data/forms/${f}`),
      ...readdirSync('dist/assets').map((f) => `assets/${f}`),
      'shell.html',
      'manifest.webmanifest',
      'icons/icon-192.png',
      'icons/maskable-512.png',
    ];
    expect(precache.urls).toEqual(expect.arrayContaining(expected));
    expect(precache.urls.filter((u) => u.startsWith('data/p/'))).toHaveLength(24);
  });
  it('leaves out the store screenshots, the prerendered pages and the route pages, which are not needed offline', () => {
    expect(precache.urls.some((u) => u.startsWith('screenshots/'))).toBe(false);
    expect(precache.urls.filter((u) => u === 'index.html' || u.startsWith('p/'))).toEqual([]);
    expect(routePageFiles).toEqual(['d/new.html', 'scan.html', 'drafts.html', 'desk.html']);
    for (const file of routePageFiles) expect(existsSync(`dist/${file}`), file).toBe(true);
    expect(precache.urls.filter((u) => routePageFiles.includes(u))).toEqual([]);
  });
  it(`fits in ${PRECACHE_BUDGET / 1024 / 1024} MB`, () => {
    expect(precache.bytes).toBeLessThanOrEqual(PRECACHE_BUDGET);
  });
});
