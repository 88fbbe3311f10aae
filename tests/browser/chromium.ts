import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sparticuz from '@sparticuz/chromium';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

/**
 * The Chromium the tests drive. By default the one `npm install` brought (@sparticuz/chromium: Chromium's headless
 * shell with its own fonts, unpacked once into the temp folder), so every machine and CI run the same browser and
 * the same fonts; CHROMIUM_PATH points them at another (Debian's /usr/bin/chromium, a developer's Chrome).
 */
export async function chromiumPath(): Promise<string> {
  const path = process.env.CHROMIUM_PATH;
  if (path) {
    if (!existsSync(path)) throw new Error(`CHROMIUM_PATH is ${path}, and there is no browser there.`);
    return path;
  }
  return sparticuz.executablePath();
}

/** The bundled browser reads only its own fonts (Open Sans): the layout tests then mean the same on every machine. */
const env = () => (process.env.CHROMIUM_PATH ? process.env : { ...process.env, FONTCONFIG_PATH: join(tmpdir(), 'fonts') });

/**
 * What the tests need, and no more (the package's own defaults, --single-process among them, are for serverless
 * hosts): background traffic that this closed network refuses is turned off, and root needs --no-sandbox.
 */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), env: env(), headless: true, args: [...ARGS, ...extraArgs] });
}

/** The same Chromium with an on-disk profile, for what incognito contexts cannot do (installing, for one). */
export async function launchPersistent(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: await chromiumPath(),
    env: env(),
    headless: true,
    args: ARGS,
    viewport: PHONE,
  });
}

/** The production build served on a free loopback port; `close` stops it (the offline tests need that). */
export async function serveDist(dir = 'dist', port = 0): Promise<{ origin: string; port: number; close: () => Promise<void> }> {
  const server = await startServer({ port, dir });
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    port: address.port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const PHONE = { width: 360, height: 640 };
export const TABLET = { width: 1280, height: 800 };

/** Contexts opened by newPage and not closed yet. */
const open = new Set<BrowserContext>();

/**
 * Closes what a test left open (it runs after each test, tests/browser/afterEach.ts): a context left behind keeps its
 * service worker storing the app in the background while the next tests run, on a machine with two cores.
 */
export async function closeLeftContexts(): Promise<void> {
  await Promise.all([...open].map((context) => context.close().catch(() => undefined)));
  open.clear();
}

/**
 * A fresh context (no stored settings) and page; `errors` collects uncaught page errors for the test to assert on.
 * `userAgent` makes the page believe it runs elsewhere (Zalo's in-app browser, Safari on an iPhone); `locale` is the
 * language the phone is set to.
 */
export async function newPage(
  browser: Browser,
  viewport = PHONE,
  deviceScaleFactor = 1,
  userAgent?: string,
  locale = 'vi-VN',
): Promise<{ context: BrowserContext; page: Page; errors: Error[] }> {
  const context = await browser.newContext({ viewport, locale, deviceScaleFactor, ...(userAgent ? { userAgent } : {}) });
  open.add(context);
  context.on('close', () => open.delete(context));
  const page = await context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (e) => errors.push(e));
  return { context, page, errors };
}

/**
 * Resolves once the app runs in the page: it has taken the prerendered page over, shown its screen and registered its
 * service worker. Before that a prerendered page is plain HTML, and the take-over may replace what a test changed.
 */
export async function appRunning(page: Page): Promise<void> {
  // waitForFunction does not wait for a promise; evaluate does.
  const registered = () => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r !== undefined));
  for (let tries = 0; tries < 300; tries++) {
    if (await registered()) return;
    await page.waitForTimeout(100);
  }
  throw new Error('the app did not start within 30 s');
}

/** True when the page is wider than its viewport, i.e. the reader would have to scroll sideways. */
export const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
