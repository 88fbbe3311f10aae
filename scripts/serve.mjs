#!/usr/bin/env node
/**
 * Serves the production build (dist/) the way any static host must: files as they are (gzipped when the browser
 * accepts it, as real hosts do), a prerendered page for its address without ".html" (/p/1.001193 → p/1.001193.html),
 * and shell.html for every other path (the SPA fallback), so that any link into the app opens it.
 * Usage: node scripts/serve.mjs [--port 4173] [--dir dist]
 */
import { createHash, createPublicKey } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);

/** Hashed files never change under their name; everything else (the pages, sw.js, the manifest) is revalidated. */
const cacheControl = (path) => (/^\/(assets|data)\//.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * A slow network shared by every connection, for the bench: each response waits `latencyMs`, then its bytes leave
 * at most `bytesPerSecond` in total across all connections.
 */
function makeThrottle({ latencyMs, bytesPerSecond }) {
  let nextFree = 0;
  return async (bytes) => {
    await sleep(latencyMs);
    const start = Math.max(Date.now(), nextFree);
    nextFree = start + (bytes.length / bytesPerSecond) * 1000;
    await sleep(nextFree - Date.now());
  };
}

/**
 * A throwaway certificate for 127.0.0.1 (scripts/localhost-cert/, valid to 2126): browsers speak HTTP/2 only over
 * TLS, and the bench tells its Chromium to accept it. Never use it anywhere else.
 */
const localhostCert = () => {
  const at = (name) => readFileSync(fileURLToPath(new URL(`localhost-cert/${name}`, import.meta.url)));
  return { key: at('key.pem'), cert: at('cert.pem') };
};

/**
 * The Chromium flag that trusts that certificate, and only it, by its public key. Not --ignore-certificate-errors:
 * Chromium keeps nothing in its HTTP cache from a host whose certificate it overrides, so every file the page had
 * loaded was downloaded again to be stored for offline use, which a host with a real certificate never sees.
 */
export function trustLocalhostCert() {
  const spki = createPublicKey(localhostCert().cert).export({ type: 'spki', format: 'der' });
  return `--ignore-certificate-errors-spki-list=${createHash('sha256').update(spki).digest('base64')}`;
}

/**
 * @param {{ port?: number, dir?: string, host?: string, throttle?: { latencyMs: number, bytesPerSecond: number }, http2?: boolean }} options
 * The server counts the bytes it sends in `server.bytesSent` (the bench reads it). `http2`: HTTPS with HTTP/2, as
 * real static hosts serve today (one connection, every request at once), instead of HTTP/1.1's six connections.
 */
export function startServer({ port = 4173, dir = 'dist', host = '127.0.0.1', throttle, http2 = false } = {}) {
  const root = resolve(dir);
  const gzipped = new Map();
  const wait = throttle ? makeThrottle(throttle) : null;
  const handle = async (req, res) => {
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
    const isFile = (f) => existsSync(f) && statSync(f).isFile();
    // A prerendered sheet is p/<code>.html; every other address without a file is a route of the app.
    const found = [file, join(file, 'index.html'), ...(path.startsWith('/p/') ? [`${file}.html`] : [])].find(isFile);
    if (found) file = found;
    else {
      // A missing asset is a real 404; any other path (even /p/1.001193, whose code looks like an extension) is a route.
      if (/^\/(assets|data)\//.test(path) || (extname(path) in TYPES && !path.startsWith('/p/'))) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
      file = join(root, 'shell.html');
    }
    const ext = extname(file);
    // As static hosts do (nginx: size and time): a page asked again, to be revalidated, costs a round trip, not its bytes.
    const { size, mtimeMs } = statSync(file);
    const etag = `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
    const headers = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': cacheControl(file.slice(root.length)),
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
      ETag: etag,
    };
    if (req.headers['if-none-match'] === etag) {
      if (wait) await wait(Buffer.alloc(0));
      res.writeHead(304, { ETag: etag, 'Cache-Control': headers['Cache-Control'], Vary: 'Accept-Encoding' });
      res.end();
      return;
    }
    let body;
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      const key = `${file}:${mtimeMs}`;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(readFileSync(file), { level: 9 }));
      body = gzipped.get(key);
      headers['Content-Encoding'] = 'gzip';
    } else body = readFileSync(file);
    headers['Content-Length'] = body.length;
    if (wait) await wait(body);
    server.bytesSent += body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const server = http2 ? createSecureServer({ ...localhostCert(), allowHTTP1: true }, handle) : createServer(handle);
  server.bytesSent = 0;
  if (http2) {
    // What node:http's server offers for closing, so callers need not know which server they got.
    const sessions = new Set();
    server.on('session', (session) => {
      sessions.add(session);
      session.on('close', () => sessions.delete(session));
    });
    server.closeAllConnections = () => {
      for (const session of sessions) session.destroy();
    };
  }
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
  if (!existsSync(join(dir, 'shell.html'))) {
    console.error(`No build in ${dir}/: run "npm run build" first.`);
    process.exit(1);
  }
  const server = await startServer({ port, dir, host: process.env.HOST ?? '127.0.0.1' });
  console.log(`Một Cửa is served at http://localhost:${server.address().port}/ (Ctrl+C to stop)`);
}
