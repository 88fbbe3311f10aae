#!/usr/bin/env node
/**
 * Serves the production build (dist/) the way any static host must: files as they are, and index.html for every
 * other path (the SPA fallback), so that /p/<code> links printed in QR codes open the app.
 * Usage: node scripts/serve.mjs [--port 4173] [--dir dist]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Hashed files never change under their name; everything else must be revalidated. */
const cacheControl = (path) =>
  /\/(assets|data)\//.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';

export function startServer({ port = 4173, dir = 'dist', host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    const isFile = existsSync(file) && statSync(file).isFile();
    if (!isFile) {
      // A missing asset is a real 404; any other path (even /p/1.001193, whose code looks like an extension) is an app route.
      if (/^\/(assets|data)\//.test(path) || (extname(path) in TYPES && !path.startsWith('/p/'))) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
      file = join(root, 'index.html');
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': cacheControl(file.slice(root.length)),
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveListen(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const port = Number(arg('port', process.env.PORT ?? 4173));
  const dir = arg('dir', 'dist');
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`No build in ${dir}/: run "npm run build" first.`);
    process.exit(1);
  }
  const server = await startServer({ port, dir, host: process.env.HOST ?? '127.0.0.1' });
  const { port: actual } = server.address();
  console.log(`Một Cửa is served at http://localhost:${actual}/ (Ctrl+C to stop)`);
}
