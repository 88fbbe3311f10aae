import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'vite';
import type { PrerenderedPage } from '../src/app/prerender';

/** The page with no content: the service worker answers every navigation with it, and hosts fall back to it. */
export const SHELL = 'shell.html';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Where a page's HTML goes: /p/1.001193 → p/1.001193.html, which static hosts serve for the address without .html. */
export const pageFile = (path: string) => (path === '/' ? 'index.html' : `${path.slice(1)}.html`);

/**
 * A prerendered page asks for its scripts after its first paint: until then the text is all there is to show, and on
 * a slow link the scripts' 40 KB would share the line with the HTML. Where they arrive with the HTML (a fast link, a
 * warm cache) they would otherwise also run before that paint. The scripts are then fetched side by side, as the
 * shell's modulepreload links would have done.
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

export function fillShell(shell: string, page: PrerenderedPage): string {
  const preload = page.preload ? `<link rel="preload" href="${escapeHtml(page.preload)}" as="fetch" crossorigin />` : '';
  const filled = scriptsAfterPaint(shell)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(page.title)}</title>${preload}`)
    .replace('<div id="app"></div>', () => `<div id="app" data-page="${escapeHtml(page.path)}" data-stamp="${page.stamp}">${page.html}</div>`);
  if (!filled.includes('data-page=')) throw new Error(`prerender: the shell has no <div id="app"></div> for ${page.path}`);
  return filled;
}

/**
 * What the app's modules read from the browser as they load, answered as a fresh, online Android phone would: the
 * prerendered pages show what such a phone shows first. Node 21+ has a `navigator` of its own, without `onLine`.
 */
function actAsPhone(): void {
  const phone = {
    navigator: { onLine: true, userAgent: 'Mozilla/5.0 (Linux; Android 11)', standalone: false },
    matchMedia: () => ({ matches: false }),
    addEventListener: () => undefined,
  };
  for (const [name, value] of Object.entries(phone)) Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
}

/**
 * Writes the catalogue and the procedure sheets as HTML (`/` → index.html, `/p/<code>` → p/<code>.html), each the
 * shell with its page rendered inside. A second, server-side build of src/app/prerender.tsx renders them, with the
 * data files this build just wrote. Every other route, and the service worker, keep using the empty shell.
 */
export function prerender(configFile: string): Plugin {
  let outDir = '';
  let cacheDir = '';
  return {
    name: 'mot-cua-prerender',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      cacheDir = config.cacheDir;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset') throw new Error('prerender: the build has no index.html');
        this.emitFile({ type: 'asset', fileName: SHELL, source: index.source });
      },
    },
    async closeBundle() {
      // Inside the project, so that Node resolves the packages the server-side build leaves external
      // (preact-render-to-string) from its node_modules; a folder in /tmp finds none on a clean machine.
      mkdirSync(cacheDir, { recursive: true });
      const ssrDir = mkdtempSync(join(cacheDir, 'prerender-'));
      try {
        await build({
          configFile,
          configLoader: 'bundle',
          logLevel: 'warn',
          build: { ssr: 'src/app/prerender.tsx', outDir: ssrDir, emptyOutDir: true },
        });
        actAsPhone();
        const { prerenderPages } = (await import(pathToFileURL(join(ssrDir, 'prerender.js')).href)) as typeof import('../src/app/prerender');
        const shell = readFileSync(join(outDir, SHELL), 'utf8');
        const readData = (url: string): unknown => JSON.parse(readFileSync(join(outDir, url), 'utf8'));
        for (const page of prerenderPages(readData)) {
          const file = join(outDir, pageFile(page.path));
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, fillShell(shell, page));
        }
      } finally {
        rmSync(ssrDir, { recursive: true, force: true });
      }
    },
  };
}
