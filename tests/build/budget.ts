import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
  isEntry?: boolean;
}

export interface FirstScreenSize {
  js: { files: string[]; gzip: number };
  css: { files: string[]; gzip: number };
}

/**
 * What `/` and `/p/<code>` load before anything lazy. Issue 2 set 40 KB of JavaScript; issue 12 (how to file today,
 * papers not to ask for, rules judged on the device's date) costs the first screen ~2.3 KB and moved it to 43 KB;
 * issue 14 (telling an app's in-app browser, which install and the notices must know at once) ~0.9 KB, to 44 KB.
 * Issue 18 aims at 32 KB.
 */
export const BUDGET = { jsGzip: 44 * 1024, cssGzip: 15 * 1024 };

const readManifest = (dist: string) => JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;

/**
 * The files a chunk of the build loads before it runs: its own, those of every chunk it imports statically, and their
 * CSS. `key` is the chunk's key in the build manifest (its source path); the entry when left out.
 */
export function staticFiles(dist: string, key?: string): { js: Set<string>; css: Set<string> } {
  const manifest = readManifest(dist);
  const start = key ?? Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!start || !manifest[start]) throw new Error(`no chunk ${key ?? 'entry'} in the build manifest`);
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (k: string) => {
    const chunk = manifest[k]!;
    if (js.has(chunk.file)) return;
    js.add(chunk.file);
    for (const c of chunk.css ?? []) css.add(c);
    chunk.imports?.forEach(visit);
  };
  visit(start);
  return { js, css };
}

/** The files' size as sent, gzipped. */
export const gzipped = (dist: string, files: Iterable<string>) =>
  [...files].reduce((n, f) => n + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);

/**
 * What the first screen downloads: the entry chunk with every chunk it imports statically, and their CSS, gzipped.
 * Lazily loaded chunks (print views and the like) are left out: the first screen does not wait for them.
 */
export function firstScreenSize(dist: string): FirstScreenSize {
  const { js, css } = staticFiles(dist);
  return { js: { files: [...js], gzip: gzipped(dist, js) }, css: { files: [...css], gzip: gzipped(dist, css) } };
}

/**
 * What every page also fetches with the first screen, to run once the screen is shown (build/firstScreen.ts): the
 * chunks it preloads beyond the first screen's own. Issue 18 made it the code that starts offline storing, to save
 * a round trip (2 s on Slow 3G) before registering; with no measurable cost to a first visit.
 */
export function preloadedForLater(dist: string): { files: string[]; gzip: number } {
  const firstScreen = new Set(staticFiles(dist).js);
  const shell = readFileSync(join(dist, 'shell.html'), 'utf8');
  const files = [...shell.matchAll(/<link rel="modulepreload" crossorigin href="\/([^"]+)">/g)].map((m) => m[1]!).filter((f) => !firstScreen.has(f));
  return { files, gzip: gzipped(dist, files) };
}

/** Everything the app stores for offline use must fit in this (issue 3: 1.5 MB; the corrected sheets of issue 12 carry more facts), all 24 sheets and all forms included. */
export const PRECACHE_BUDGET = 1.6 * 1024 * 1024;

/** The files the built service worker precaches, with their sizes as stored and as sent gzipped. */
export function precacheSize(dist: string): { urls: string[]; bytes: number; gzip: number } {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
  if (urls.length === 0) throw new Error('no precache manifest found in sw.js');
  let bytes = 0;
  let gzip = 0;
  for (const url of urls) {
    const body = readFileSync(join(dist, url));
    bytes += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { urls, bytes, gzip };
}
