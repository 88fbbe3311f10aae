import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGET, firstScreenSize, preloadedForLater, staticFiles } from './budget';

describe('size budget of the first screen (/ and /p/<code>)', () => {
  const size = firstScreenSize('dist');
  it(`loads at most ${BUDGET.jsGzip / 1024} KB of JavaScript, gzipped`, () => {
    expect(size.js.gzip).toBeLessThanOrEqual(BUDGET.jsGzip);
  });
  it(`loads at most ${BUDGET.cssGzip / 1024} KB of CSS, gzipped`, () => {
    expect(size.css.gzip).toBeLessThanOrEqual(BUDGET.cssGzip);
  });
  it('keeps the print view, the scanner, the QR drawing and the settings out of the first screen', () => {
    expect(size.js.files.filter((f) => /FormPage|ScanPage|PostersPage|SettingsPage|jsQR|register/.test(f))).toEqual([]);
    const firstScreen = size.js.files.map((f) => readFileSync(join('dist', f), 'utf8')).join('\n');
    expect(firstScreen).not.toContain('Html5Qrcode');
    expect(firstScreen).not.toContain('workbox');
  });
  it('also fetches, to run once the screen is shown, only the code that starts offline storing (5 KB at most)', () => {
    const preloaded = preloadedForLater('dist');
    expect(preloaded.files.sort()).toEqual([...staticFiles('dist', 'src/offline/register.ts').js].filter((f) => !size.js.files.includes(f)).sort());
    expect(preloaded.gzip).toBeLessThanOrEqual(5 * 1024);
  });
});
