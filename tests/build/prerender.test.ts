import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../build/readData';
import { fillShell, pageFile } from '../../src/app/pageHtml';
import { validateData } from '../../src/schema/validate';

const { procedures } = validateData(readDataFiles(process.cwd()));
const read = (file: string) => readFileSync(`dist/${file}`, 'utf8');

describe('the prerendered pages', () => {
  it('are the catalogue at index.html and every sheet at p/<code>.html, each named and marked with its address', () => {
    const home = read('index.html');
    expect(home).toContain('<div id="app" data-page="/" data-stamp="');
    for (const p of procedures) expect(home).toContain(`href="/p/${p.code}"`);
    for (const p of procedures) {
      const html = read(`p/${p.code}.html`);
      expect(html, p.code).toContain(`<div id="app" data-page="/p/${p.code}" data-stamp="`);
      expect(html, p.code).toMatch(new RegExp(`<title>${p.name.vi.replace(/[()]/g, '\\$&')} · Một Cửa</title>`));
      expect(html, p.code).toMatch(/<link rel="preload" href="\/data\/p\/[^"]+\.json" as="fetch" crossorigin \/>/);
      expect(html, p.code).toContain(`<dd class="code">${p.code}</dd>`);
      expect(html, p.code).toContain('class="sheet-parts"');
      // The scripts are asked for after the first paint, so the prerendered text never waits for them.
      expect(html, p.code).not.toMatch(/<script type="module"|modulepreload" crossorigin href/);
      expect(html, p.code).toMatch(
        /<script>requestAnimationFrame\(function\(\)\{setTimeout\(function\(\)\{\["\/assets\/[^<]+import\("\/assets\/index-[\w-]+\.js"\)/,
      );
    }
  });

  it('leave the shell empty, for every other address and for the service worker', () => {
    expect(read('shell.html')).toContain('<div id="app"><!--app-html--></div>');
    expect(read('shell.html')).not.toContain('data-page');
  });

  it('are filled into the shell with their title escaped, and refuse a shell without the app root', () => {
    const script = '<script type="module" crossorigin src="/assets/index-a.js"></script>';
    const shell = `<head><title>Một Cửa</title><!--app-head-->${script}</head><body><div id="app"><!--app-html--></div></body>`;
    const filled = fillShell(shell, { path: '/p/1.2', title: 'A <b> & "c"', html: '<h1>x</h1>', preload: null, stamp: '1.0' });
    expect(filled).toMatch(
      /^<head><title>A &lt;b&gt; &amp; &quot;c&quot;<\/title><script>requestAnimationFrame\(.*import\("\/assets\/index-a\.js"\)\}\)\}\)<\/script><\/head>/,
    );
    expect(filled).toMatch(/<body><div id="app" data-page="\/p\/1\.2" data-stamp="1\.0"><h1>x<\/h1><\/div><\/body>$/);
    expect(() =>
      fillShell(`<title>t</title><!--app-head-->${script}<body></body>`, { path: '/', title: 't', html: '', preload: null, stamp: '' }),
    ).toThrow(/no <div id="app"><!--app-html-->/);
    expect(() =>
      fillShell('<title>t</title><!--app-head--><body><div id="app"><!--app-html--></div></body>', {
        path: '/',
        title: 't',
        html: '',
        preload: null,
        stamp: '',
      }),
    ).toThrow(/no module script/);
    expect(pageFile('/')).toBe('index.html');
    expect(pageFile('/p/1.001193')).toBe('p/1.001193.html');
  });
});
