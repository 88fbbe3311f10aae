import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDecoderFile } from '../../src/offline/decoders';
import { PRECACHE_BUDGET, precacheSize, staticFiles } from './budget';

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
  it('keeps the scanner’s decoders apart, by the names the service worker knows them by, and stores them last', () => {
    const chunk = (key: string) => [...staticFiles('dist', key).js][0]!;
    const decoders = [chunk('src/scan/html5Scanner.ts'), chunk('node_modules/jsqr/dist/jsQR.js')];
    expect(precache.urls.filter((u) => isDecoderFile(u)).sort()).toEqual(decoders.sort());
    // html5-qrcode is in its chunk and in no other file: a decoder elsewhere would be stored where it is not wanted.
    const withHtml5Qrcode = precache.urls.filter(
      (u) => u.endsWith('.js') && readFileSync(join('dist', u), 'utf8').includes('Cannot clear while scan is ongoing'),
    );
    expect(withHtml5Qrcode).toEqual([chunk('src/scan/html5Scanner.ts')]);
    // Where they are stored, they come after every screen, sheet and form: they are the largest and read the least.
    const lastData = Math.max(...precache.urls.map((u, i) => (u.startsWith('data/') ? i : -1)));
    for (const f of decoders) expect(precache.urls.indexOf(f)).toBeGreaterThan(lastData);
  });
  it('leaves out the store screenshots and the prerendered pages, which are not needed offline', () => {
    expect(precache.urls.some((u) => u.startsWith('screenshots/'))).toBe(false);
    expect(precache.urls.filter((u) => u === 'index.html' || u.startsWith('p/'))).toEqual([]);
  });
  it(`fits in ${PRECACHE_BUDGET / 1024 / 1024} MB`, () => {
    expect(precache.bytes).toBeLessThanOrEqual(PRECACHE_BUDGET);
  });
});
