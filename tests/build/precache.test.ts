import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstScreenSize, PRECACHE_BUDGET, precacheSize, staticFiles } from './budget';

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
    expect(new Set(precache.urls).size).toBe(precache.urls.length);
  });
  it('stores the scanner’s decoders after every screen, sheet and form: they are the largest and read the least', () => {
    const firstScreen = firstScreenSize('dist').js.files;
    const scanner = [...staticFiles('dist', 'src/scan/ScanPage.tsx').js, ...staticFiles('dist', 'node_modules/jsqr/dist/jsQR.js').js].filter(
      (f) => !firstScreen.includes(f),
    );
    const scripts = precache.urls.filter((u) => u.endsWith('.js'));
    const lastTwo = scripts.slice(-2);
    expect(lastTwo.every((f) => scanner.includes(f))).toBe(true);
    const lastData = Math.max(...precache.urls.map((u, i) => (u.startsWith('data/') ? i : -1)));
    for (const f of lastTwo) expect(precache.urls.indexOf(f)).toBeGreaterThan(lastData);
  });
  it('leaves out the store screenshots and the prerendered pages, which are not needed offline', () => {
    expect(precache.urls.some((u) => u.startsWith('screenshots/'))).toBe(false);
    expect(precache.urls.filter((u) => u === 'index.html' || u.startsWith('p/'))).toEqual([]);
  });
  it(`fits in ${PRECACHE_BUDGET / 1024 / 1024} MB`, () => {
    expect(precache.bytes).toBeLessThanOrEqual(PRECACHE_BUDGET);
  });
});
