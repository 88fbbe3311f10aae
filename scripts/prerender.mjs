/**
 * The second half of `npm run build`, in vite's SSG shape: a server-side build of src/app/prerender.tsx renders the
 * catalogue (index.html) and every procedure sheet (p/<code>.html) into the shell the client build wrote, with the
 * data files that build wrote. Every other route, and the service worker, keep using the empty shell.
 *
 *   node scripts/prerender.mjs [dist]
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const dist = resolve(process.argv[2] ?? 'dist');
// Inside the project, so that Node finds the packages the server-side build leaves out (preact-render-to-string).
const ssrDir = resolve('node_modules/.prerender');

await build({ logLevel: 'warn', build: { ssr: 'src/app/prerender.tsx', outDir: ssrDir, emptyOutDir: true } });

// What the app's modules read from the browser as they load, answered as a fresh, online Android phone would: the
// pages show what such a phone shows first. Node 21+ has a `navigator` of its own, without `onLine`.
const phone = {
  navigator: { onLine: true, userAgent: 'Mozilla/5.0 (Linux; Android 11)', standalone: false },
  matchMedia: () => ({ matches: false }),
  addEventListener: () => undefined,
};
for (const [name, value] of Object.entries(phone)) Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });

try {
  const { prerenderPages } = await import(pathToFileURL(join(ssrDir, 'prerender.js')).href);
  const shell = readFileSync(join(dist, 'shell.html'), 'utf8');
  const readData = (url) => JSON.parse(readFileSync(join(dist, url), 'utf8'));
  for (const { file, html } of prerenderPages(shell, readData)) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), html);
  }
} finally {
  rmSync(ssrDir, { recursive: true, force: true });
}
