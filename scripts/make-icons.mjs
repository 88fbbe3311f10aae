#!/usr/bin/env node
/**
 * Renders the app icons (public/icons/*.png) from public/icons/icon.svg with Chromium. Run it after changing the
 * SVG and commit the PNGs: the build does not need Chromium, and nothing is fetched at run time.
 * Maskable icons put the artwork inside the central 80 % safe zone on a full-bleed background.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('public/icons/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['maskable-192.png', 192, true],
  ['maskable-512.png', 512, true],
  ['apple-touch-icon.png', 180, true],
]) {
  await page.setViewportSize({ width: size, height: size });
  const inner = maskable ? Math.round(size * 0.8) : size;
  const art = svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `).replace(maskable ? 'rx="96" ' : '\u0000', '');
  await page.setContent(
    `<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${maskable ? '#0b4f8a' : 'transparent'}">${art}</body>`,
  );
  await page.screenshot({ path: `public/icons/${name}`, omitBackground: !maskable });
  console.log(name);
}
await browser.close();
