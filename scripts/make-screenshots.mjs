#!/usr/bin/env node
/**
 * Captures the manifest's screenshots (public/screenshots/) from the production build with Chromium: a sheet on a
 * phone and the catalogue on a tablet. Run after `npm run build` when the look changes, then rebuild and commit.
 */
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const server = await startServer({ port: 0 });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [name, width, height, path] of [
  ['narrow', 360, 640, '/p/1.001193'],
  ['wide', 1280, 800, '/'],
]) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(origin + path);
  await page.waitForSelector(path === '/' ? '.card' : '#part-online');
  await page.screenshot({ path: `public/screenshots/${name}.png` });
  console.log(`public/screenshots/${name}.png`);
  await page.close();
}
await browser.close();
server.close();
